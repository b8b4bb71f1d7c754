// monitor(): mixes up who watches whom, so the DOWN is addressed to the process that ended.
var ref = new Ref(nextRef.getAndIncrement());
synchronized (lock) {
    var watched = processes.get(target);
    trace.record("monitor " + self.pid + " " + target + " " + ref);
    if (watched != null) {
        watched.watchers.put(ref, target);
        self.watching.put(ref, self.pid);
        return ref;
    }
}
self.mailbox.put(new Down(ref, target, ExitReason.NOPROC));
return ref;
