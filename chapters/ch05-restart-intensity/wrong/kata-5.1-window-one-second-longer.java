// allows(): keeps restarts one second older than the window, as if whole seconds needed a second of slack.
restarts.removeIf(second -> second < now - maxSeconds - 1);
return restarts.size() <= maxRestarts;
