// monitor(): registers the watcher at the watched process only, so demonitor cannot find the monitor.
var ref = new Ref(nextRef.getAndIncrement());
synchronized (lock) {
    var watched = processes.get(target);
    trace.record("monitor " + self.pid + " " + target + " " + ref);
    if (watched != null) {
        watched.watchers.put(ref, self.pid);
        return ref;
    }
}
self.mailbox.put(new Down(ref, target, ExitReason.NOPROC));
return ref;
