// timedOut(): unaliases but keeps the monitor, so the server's DOWN reaches the caller after the call gave up.
Proc.unalias(tag);
return Proc.receive(CallReply.class, reply -> reply.tag().equals(tag), Duration.ZERO)
        .map(CallReply::value)
        .orElseThrow(() -> new CallExit(CallExit.TIMEOUT, "call", server, request, timeout));
