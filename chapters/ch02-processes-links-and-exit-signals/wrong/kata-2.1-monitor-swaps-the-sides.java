// monitor(): mixes up who watches whom, so the DOWN is addressed to the process that ended.
var ref = node.makeRef();
synchronized (node.lock) {
    node.trace().record(new Monitored(self.pid, target, ref));
    var watched = node.live(target);
    if (watched == null) {
        self.mailbox.put(new Down(ref, target, ExitReason.NOPROC));
    } else {
        watched.watchers.put(ref, target);
        self.watching.put(ref, self.pid);
    }
}
return ref;
