// allows(): checks the window before counting the new restart, so the restart after the limit still goes on.
long now = Math.floorDiv(nanoTime, NANOS_PER_SECOND);
restarts.removeIf(time -> Math.floorDiv(time, NANOS_PER_SECOND) < now - maxSeconds);
boolean allowed = restarts.size() <= maxRestarts;
restarts.addFirst(nanoTime);
return allowed;
