// monitor(): registers the watcher at the watched process only, so the watcher holds no monitor to be told about.
var ref = node.makeRef();
synchronized (node.lock) {
    node.trace().record(new Monitored(self.pid, target, ref));
    var watched = node.live(target);
    if (watched == null) {
        self.mailbox.put(new Down(ref, target, ExitReason.NOPROC));
    } else {
        watched.watchers.put(ref, self.pid);
    }
}
return ref;
