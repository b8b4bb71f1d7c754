// onCall(): answers a ReplyAndStop before terminate runs, so the caller goes on while the server still cleans up.
return switch (result) {
    case Server.Reply<S>(Object value, S next) -> {
        GenServer.reply(from, value);
        yield next;
    }
    case Server.NoReply<S>(S next) -> next;
    case Server.Stop<S>(ExitReason reason, S next) -> throw stop(reason, next);
    case Server.ReplyAndStop<S>(ExitReason reason, Object value, S next) -> {
        GenServer.reply(from, value);
        throw stop(reason, next);
    }
};
