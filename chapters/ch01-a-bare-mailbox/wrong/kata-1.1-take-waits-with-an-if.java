// take(): waits with an if, not a while, so a take woken when another has taken the message fails on the empty queue.
lock.lock();
try {
    if (messages.isEmpty()) {
        arrived.await();
    }
    return messages.removeFirst();
} finally {
    lock.unlock();
}
