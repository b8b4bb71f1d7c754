// unlink(): records an unlink line even when there was no link to remove.
synchronized (node.lock) {
    self.links.remove(other);
    var target = node.live(other);
    if (target != null) {
        target.links.remove(self.pid);
    }
    node.trace().record(new Unlinked(self.pid, other));
}
