// poll(): checks the deadline before the queue, so a zero timeout misses a message already there.
long deadline = clock.deadline(timeout);
lock.lock();
try {
    while (true) {
        if (clock.nanoTime() >= deadline) {
            return Optional.empty();
        }
        if (!messages.isEmpty()) {
            return Optional.of(messages.removeFirst());
        }
        clock.awaitUntil(lock, arrived, deadline);
    }
} finally {
    lock.unlock();
}
