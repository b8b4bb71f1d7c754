// poll(): scans from the newest message, so it takes the last match, not the first.
long deadline = clock.deadline(timeout);
lock.lock();
try {
    while (true) {
        for (var it = messages.descendingIterator(); it.hasNext(); ) {
            if (it.next() instanceof Object message && type.isInstance(message) && filter.test(type.cast(message))) {
                it.remove();
                return Optional.of(type.cast(message));
            }
        }
        if (!clock.awaitUntil(lock, arrived, deadline)) {
            return Optional.empty();
        }
    }
} finally {
    lock.unlock();
}
