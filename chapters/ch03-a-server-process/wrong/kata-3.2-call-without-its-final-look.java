// call(): after a timeout it unaliases and demonitors but takes no last look, so a reply that landed meanwhile is lost.
if (server.equals(Proc.self())) {
    throw new CallExit(CallExit.CALLING_SELF, "call", server, request, timeout);
}
Ref watch = Proc.monitor(server);
Ref tag = Proc.alias();
Proc.send(server, new CallRequest(new From(Proc.self(), tag), request));
var answer = Proc.receive(Object.class, m -> m instanceof CallReply reply && reply.tag().equals(tag)
        || m instanceof Down down && down.ref().equals(watch), timeout);
Proc.unalias(tag);
Proc.demonitor(watch, true);
return switch (answer.orElse(null)) {
    case CallReply(Ref _, Object value) -> value;
    case Down down -> throw new CallExit(down.reason(), "call", server, request, timeout);
    case null, default -> throw new CallExit(CallExit.TIMEOUT, "call", server, request, timeout);
};
