// allows(): measures the window in exact time (nanoseconds, as milliseconds would) rather than whole seconds, so it is always exactly maxSeconds long.
restarts.addFirst(nanoTime);
restarts.removeIf(time -> time < nanoTime - maxSeconds * NANOS_PER_SECOND);
return restarts.size() <= maxRestarts;
