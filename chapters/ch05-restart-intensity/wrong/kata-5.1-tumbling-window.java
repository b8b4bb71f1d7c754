// allows(): counts in a tumbling window, as Pekko does: once the oldest restart has left the window the count starts again from this one, so the restarts just before the fresh start are forgotten.
long now = Math.floorDiv(nanoTime, NANOS_PER_SECOND);
if (Math.floorDiv(restarts.getLast(), NANOS_PER_SECOND) < now - maxSeconds) {
    restarts.clear();
}
restarts.addFirst(nanoTime);
return restarts.size() <= maxRestarts;
