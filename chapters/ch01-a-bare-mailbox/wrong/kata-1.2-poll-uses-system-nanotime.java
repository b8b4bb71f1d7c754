// poll(): times the wait with System.nanoTime and awaitNanos, not the node's clock.
long deadline = System.nanoTime() + timeout.toNanos();
lock.lock();
try {
    while (messages.isEmpty()) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return Optional.empty();
        }
        arrived.awaitNanos(left);
    }
    return Optional.of(messages.removeFirst());
} finally {
    lock.unlock();
}
