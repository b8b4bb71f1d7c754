// allows(): makes the window exclusive, dropping a restart made exactly maxSeconds ago. (caught by kata 5.2)
restarts.removeIf(second -> second <= now - maxSeconds);
return restarts.size() <= maxRestarts;
