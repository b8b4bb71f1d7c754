// link(): throws noproc for an ended process even when the caller traps exits, where it should get {EXIT, other, noproc}.
synchronized (node.lock) {
    var target = node.live(other);
    if (target == null) {
        throw new NoProcException(other);
    }
    if (self.links.add(other)) {
        target.links.add(self.pid);
        node.trace().record(new Linked(self.pid, other));
    }
}
