// monitor(): returns a ref for a process that has ended, but never puts the noproc DOWN in the mailbox.
var ref = node.makeRef();
synchronized (node.lock) {
    node.trace().record(new Monitored(self.pid, target, ref));
    var watched = node.live(target);
    if (watched != null) {
        watched.watchers.put(ref, self.pid);
        self.watching.put(ref, target);
    }
}
return ref;
