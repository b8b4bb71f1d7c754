// demonitor(): forgets the monitor on the watcher's side only, so the watched process still sends its DOWN.
synchronized (lock) {
    self.watching.remove(ref);
}
