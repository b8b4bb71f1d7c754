// poll(): waits once with an if, and after any wake-up gives up if the queue is still empty.
long deadline = clock.deadline(timeout);
lock.lock();
try {
    if (messages.isEmpty() && !clock.awaitUntil(lock, arrived, deadline)) {
        return Optional.empty();
    }
    return Optional.ofNullable(messages.pollFirst());
} finally {
    lock.unlock();
}
