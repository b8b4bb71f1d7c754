// onCall(): answers a NoReply at once with null, where the caller must go on waiting.
return switch (result) {
    case Server.Reply<S>(Object value, S next) -> {
        GenServer.reply(from, value);
        yield next;
    }
    case Server.NoReply<S>(S next) -> {
        GenServer.reply(from, null);
        yield next;
    }
    case Server.Stop<S>(ExitReason reason, S next) -> throw stop(reason, next);
    case Server.ReplyAndStop<S>(ExitReason reason, Object value, S next) -> {
        try {
            terminate(reason, next);
        } finally {
            Proc.checkAlive();
            GenServer.reply(from, value);
        }
        throw new ProcessExit(reason);
    }
};
