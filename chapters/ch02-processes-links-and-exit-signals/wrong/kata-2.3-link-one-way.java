// link(): records the link on the caller's side only, so the other end's crash never reaches the caller.
synchronized (lock) {
    var target = processes.get(other);
    if (target != null) {
        if (self.links.add(other)) {
            trace.record("link " + self.pid + " " + other);
        }
        return;
    }
}
signal(other, self.pid, ExitReason.NOPROC, true);
