// tryAgainLater(): gives up on the child and goes on without it, never trying to start it again.
return new NoReply<>(state);
