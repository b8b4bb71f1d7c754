// link(): gives a trapping caller its {EXIT, other, noproc} but leaves the signal out of the trace.
synchronized (node.lock) {
    var target = node.live(other);
    if (target == null) {
        if (!self.trapExits) {
            throw new NoProcException(other);
        }
        self.mailbox.put(new Exit(other, ExitReason.NOPROC));
    } else if (self.links.add(other)) {
        target.links.add(self.pid);
        node.trace().record(new Linked(self.pid, other));
    }
}
