// shutdown(): sends the shutdown signal first and unlinks after, so a task that ends at once reaches a linked owner through the link.
var stop = grace.isZero() ? ExitReason.KILL : ExitReason.SHUTDOWN;
Proc.exit(pid, stop);
Proc.unlink(pid);
var down = Proc.awaitDown(ref, grace);
if (down.isEmpty()) {
    stop = ExitReason.KILL;
    Proc.exit(pid, stop);
    down = Proc.awaitDown(ref, INFINITY);
}
settled = true;
Proc.unalias(alias);
var reply = Proc.receive(Reply.class, r -> r.ref().equals(ref), Duration.ZERO);
if (reply.isPresent()) {
    return Optional.of(new TaskResult.Ok<>((T) reply.get().value()));
}
var reason = down.orElseThrow().reason();
boolean ourStop = reason.equals(stop == ExitReason.KILL ? ExitReason.KILLED : ExitReason.SHUTDOWN);
return ourStop ? Optional.empty() : Optional.of(new TaskResult.Exited<>(reason));
