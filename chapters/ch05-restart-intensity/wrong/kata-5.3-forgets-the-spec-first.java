// tryAgainLater(): forgets the spec of the child that could not start before sending the TryAgain, so the try finds no child to start.
state.children().remove(notStarted);
Proc.send(Proc.self(), new TryAgain(notStarted.id()));
return new NoReply<>(state);
