// shutdown(): reports the reason of every end, its own stop too, so a task it shut down gives {exit, shutdown} instead of nothing.
Proc.unlink(pid);
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
return Optional.of(new TaskResult.Exited<>(down.orElseThrow().reason()));
