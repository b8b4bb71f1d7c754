// put(): wakes one waiting receiver (signal), which may be one that does not want the message, while the one that does sleeps on (caught by kata 1.3).
lock.lock();
try {
    messages.addLast(message);
    arrived.signal();
} finally {
    lock.unlock();
}
