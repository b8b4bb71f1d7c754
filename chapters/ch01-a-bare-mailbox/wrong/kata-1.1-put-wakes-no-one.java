// put(): adds the message but never signals, so a take already waiting sleeps on.
lock.lock();
try {
    messages.addLast(message);
} finally {
    lock.unlock();
}
