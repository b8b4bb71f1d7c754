// allows(): gives up when maxRestarts restarts lie in the window (>= instead of >), one restart too early.
restarts.removeIf(second -> second < now - maxSeconds);
return restarts.size() < maxRestarts;
