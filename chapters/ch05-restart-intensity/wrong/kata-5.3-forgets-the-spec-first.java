// tryAgainLater(): forgets the failed child's spec before sending the TryAgain, so the try finds no child to start.
state.children().remove(failed);
Proc.send(Proc.self(), new TryAgain(failed.id()));
return new NoReply<>(state);
