// handleCall(): stores nothing a call changes (only casts), so an answered withdrawal is gone after a kill.
return switch (wallet.handleCall(request, from, held.state())) {
    case Reply<Wallet.State>(Object answer, Wallet.State next) -> new Reply<>(answer, new Held(held.slot(), next));
    case NoReply<Wallet.State>(Wallet.State next) -> new NoReply<>(new Held(held.slot(), next));
    case Stop<Wallet.State>(ExitReason reason, Wallet.State next) -> new Stop<>(reason, new Held(held.slot(), next));
    case ReplyAndStop<Wallet.State>(ExitReason reason, Object answer, Wallet.State next) ->
            new ReplyAndStop<>(reason, answer, new Held(held.slot(), next));
};
