// timedOut(): unaliases and demonitors but takes no last look, so a reply that landed meanwhile is lost.
Proc.unalias(tag);
Proc.demonitor(watch, true);
throw new CallExit(CallExit.TIMEOUT, "call", server, request, timeout);
