// take(): removes from the wrong end, the newest message first.
lock.lock();
try {
    while (messages.isEmpty()) {
        arrived.await();
    }
    return messages.removeLast();
} finally {
    lock.unlock();
}
