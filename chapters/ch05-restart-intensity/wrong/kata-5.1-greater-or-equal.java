// allows(): gives up as soon as maxRestarts restarts lie in the window (< where <= belongs), one restart too early.
restarts.addFirst(nanoTime);
long now = Math.floorDiv(nanoTime, NANOS_PER_SECOND);
restarts.removeIf(time -> Math.floorDiv(time, NANOS_PER_SECOND) < now - maxSeconds);
return restarts.size() < maxRestarts;
