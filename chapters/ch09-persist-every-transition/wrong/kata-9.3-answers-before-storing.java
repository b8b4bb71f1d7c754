// handleCall(): answers the caller first and stores after, so a write that fails leaves a caller who heard of a change the disk never got.
return switch (wallet.handleCall(request, from, held.state())) {
    case Reply<Wallet.State>(Object answer, Wallet.State next) -> {
        GenServer.reply(from, answer);
        yield new NoReply<>(stored(held, next));
    }
    case NoReply<Wallet.State>(Wallet.State next) -> new NoReply<>(stored(held, next));
    case Stop<Wallet.State>(ExitReason reason, Wallet.State next) -> new Stop<>(reason, stored(held, next));
    case ReplyAndStop<Wallet.State>(ExitReason reason, Object answer, Wallet.State next) ->
            new ReplyAndStop<>(reason, answer, stored(held, next));
};
