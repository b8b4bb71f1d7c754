// handleCast(): lets the wallet take a deposit but never stores it, so a deposit acknowledged by the next call is gone after a kill.
return switch (wallet.handleCast(request, held.state())) {
    case NoReply<Wallet.State>(Wallet.State next) -> new NoReply<>(new Held(held.slot(), next));
    case Stop<Wallet.State>(ExitReason reason, Wallet.State next) -> new Stop<>(reason, new Held(held.slot(), next));
};
