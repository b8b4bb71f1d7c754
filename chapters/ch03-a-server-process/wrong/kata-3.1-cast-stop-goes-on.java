// onCast(): takes the state of a Stop and goes on, so a cast can never stop the server.
return switch (result) {
    case Server.NoReply<S>(S next) -> next;
    case Server.Stop<S>(ExitReason reason, S next) -> next;
};
