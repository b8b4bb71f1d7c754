// link(): records the link on the caller's side only, so a crash at either end never reaches the other.
synchronized (node.lock) {
    var target = node.live(other);
    if (target == null) {
        if (!self.trapExits) {
            throw new NoProcException(other);
        }
        node.trace().record(new Signalled(other, self.pid, ExitReason.NOPROC, SignalEffect.TRAPPED));
        self.mailbox.put(new Exit(other, ExitReason.NOPROC));
    } else if (self.links.add(other)) {
        node.trace().record(new Linked(self.pid, other));
    }
}
