// tryAgainLater(): tries again at once, inside the same callback, so the supervisor answers no one until the child starts or it gives up.
try {
    return restart(notStarted, state);
} catch (InterruptedException stopped) {
    Thread.currentThread().interrupt();
    return new Stop<>(ExitReason.SHUTDOWN, state);
}
