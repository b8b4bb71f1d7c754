// link(): links to a process that has ended without a word, where Erlang answers with noproc.
synchronized (node.lock) {
    var target = node.live(other);
    if (target != null && self.links.add(other)) {
        target.links.add(self.pid);
        node.trace().record(new Linked(self.pid, other));
    }
}
