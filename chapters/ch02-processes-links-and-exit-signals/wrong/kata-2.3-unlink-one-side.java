// unlink(): removes the link on the caller's side only, so the other end's crash still reaches it.
synchronized (lock) {
    if (self.links.remove(other)) {
        trace.record("unlink " + self.pid + " " + other);
    }
}
