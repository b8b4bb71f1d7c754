// shutdown(): stops the task without unlinking it first, so the task's end reaches a linked owner through the link and takes it down.
var stop = grace.isZero() ? ExitReason.KILL : ExitReason.SHUTDOWN;
Proc.exit(pid, stop);
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
