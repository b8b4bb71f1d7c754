// monitor(): returns a ref for a process that has ended, but never puts the noproc DOWN in the mailbox.
var ref = new Ref(nextRef.getAndIncrement());
synchronized (lock) {
    var watched = processes.get(target);
    trace.record("monitor " + self.pid + " " + target + " " + ref);
    if (watched != null) {
        watched.watchers.put(ref, self.pid);
        self.watching.put(ref, target);
    }
}
return ref;
