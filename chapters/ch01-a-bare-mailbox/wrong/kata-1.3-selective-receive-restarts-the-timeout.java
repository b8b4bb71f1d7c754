// poll(): starts the timeout afresh after every wake-up, so each non-matching message extends the wait.
lock.lock();
try {
    while (true) {
        for (var it = messages.iterator(); it.hasNext(); ) {
            if (it.next() instanceof Object message && type.isInstance(message) && filter.test(type.cast(message))) {
                it.remove();
                return Optional.of(type.cast(message));
            }
        }
        if (!clock.awaitUntil(lock, arrived, clock.deadline(timeout))) {
            return Optional.empty();
        }
    }
} finally {
    lock.unlock();
}
