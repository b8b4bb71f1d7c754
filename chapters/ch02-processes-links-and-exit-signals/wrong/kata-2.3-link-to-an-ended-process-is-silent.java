// link(): links to a process that has ended without a word, where Erlang answers with noproc.
synchronized (lock) {
    var target = processes.get(other);
    if (target != null && self.links.add(other)) {
        target.links.add(self.pid);
        trace.record("link " + self.pid + " " + other);
    }
}
