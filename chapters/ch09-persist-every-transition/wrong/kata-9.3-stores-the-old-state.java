// handleCast(): stores the state as it was before the deposit, so the slot is always one change behind.
return switch (wallet.handleCast(request, held.state())) {
    case NoReply<Wallet.State>(Wallet.State next) -> {
        held.slot().write(held.state().balance().toPlainString());
        yield new NoReply<>(new Held(held.slot(), next));
    }
    case Stop<Wallet.State>(ExitReason reason, Wallet.State next) -> new Stop<>(reason, stored(held, next));
};
