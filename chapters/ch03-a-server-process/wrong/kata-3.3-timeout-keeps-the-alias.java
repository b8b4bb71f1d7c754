// timedOut(): never unaliases, so a reply that comes after the timeout still lands in the caller's mailbox.
Proc.demonitor(watch, true);
return Proc.receive(CallReply.class, reply -> reply.tag().equals(tag), Duration.ZERO)
        .map(CallReply::value)
        .orElseThrow(() -> new CallExit(CallExit.TIMEOUT, "call", server, request, timeout));
