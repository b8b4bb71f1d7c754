// allows(): makes the window exclusive, dropping a restart made exactly maxSeconds ago (an off-by-one on the edge).
restarts.addFirst(nanoTime);
long now = Math.floorDiv(nanoTime, NANOS_PER_SECOND);
restarts.removeIf(time -> Math.floorDiv(time, NANOS_PER_SECOND) <= now - maxSeconds);
return restarts.size() <= maxRestarts;
