// allows(): counts in a tumbling window, as Pekko does: once the oldest restart has left the window the count starts again from this one, so restarts just before the reset are forgotten. (caught by kata 5.2)
if (restarts.getLast() < now - maxSeconds) {
    restarts.clear();
    restarts.addFirst(now);
}
return restarts.size() <= maxRestarts;
