// allows(): makes the window exclusive, dropping a restart made exactly maxSeconds ago.
restarts.removeIf(second -> second <= now - maxSeconds);
return restarts.size() <= maxRestarts;
