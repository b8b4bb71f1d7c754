// call(): returns the reply but never demonitors, so the server's DOWN reaches the caller long after the call.
if (server.equals(Proc.self())) {
    throw new CallExit(CallExit.CALLING_SELF, "call", server, request, timeout);
}
Ref watch = Proc.monitor(server);
Ref tag = Proc.alias();
Proc.send(server, new CallRequest(new From(Proc.self(), tag), request));
var answer = Proc.receive(Object.class, m -> m instanceof CallReply reply && reply.tag().equals(tag)
        || m instanceof Down down && down.ref().equals(watch), timeout);
if (answer.isEmpty()) {
    return timedOut(server, request, timeout, watch, tag);
}
Proc.unalias(tag);
return switch (answer.get()) {
    case CallReply(Ref _, Object value) -> value;
    case Down down -> throw new CallExit(down.reason(), "call", server, request, timeout);
    default -> throw new AssertionError(answer.get());
};
