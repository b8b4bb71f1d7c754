// take(): returns the message with the mailbox lock still held, so no one can put again.
lock.lock();
while (messages.isEmpty()) {
    arrived.await();
}
return messages.removeFirst();
