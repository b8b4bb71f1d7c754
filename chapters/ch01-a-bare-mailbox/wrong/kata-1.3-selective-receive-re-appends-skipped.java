// poll(): takes each message off the front and puts the skipped ones back at the end.
long deadline = clock.deadline(timeout);
lock.lock();
try {
    while (true) {
        for (int left = messages.size(); left > 0; left--) {
            Object message = messages.removeFirst();
            if (type.isInstance(message) && filter.test(type.cast(message))) {
                return Optional.of(type.cast(message));
            }
            messages.addLast(message);
        }
        if (!clock.awaitUntil(lock, arrived, deadline)) {
            return Optional.empty();
        }
    }
} finally {
    lock.unlock();
}
