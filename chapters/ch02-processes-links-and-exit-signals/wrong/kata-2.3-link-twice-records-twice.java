// link(): records a link line every time, even when the two are already linked and nothing changes.
synchronized (node.lock) {
    var target = node.live(other);
    if (target == null) {
        if (!self.trapExits) {
            throw new NoProcException(other);
        }
        node.trace().record(new Signalled(other, self.pid, ExitReason.NOPROC, SignalEffect.TRAPPED));
        self.mailbox.put(new Exit(other, ExitReason.NOPROC));
    } else {
        self.links.add(other);
        target.links.add(self.pid);
        node.trace().record(new Linked(self.pid, other));
    }
}
