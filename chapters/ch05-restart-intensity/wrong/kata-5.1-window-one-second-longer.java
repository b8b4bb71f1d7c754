// allows(): keeps restarts one second older than the window, as if whole seconds needed a second of slack.
restarts.addFirst(nanoTime);
long now = Math.floorDiv(nanoTime, NANOS_PER_SECOND);
restarts.removeIf(time -> Math.floorDiv(time, NANOS_PER_SECOND) < now - maxSeconds - 1);
return restarts.size() <= maxRestarts;
