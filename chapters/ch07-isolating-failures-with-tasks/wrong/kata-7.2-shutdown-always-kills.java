// shutdown(): kills the task at once, whatever the grace time, so a task that traps exits never gets its shutdown and its time to clean up.
Proc.unlink(pid);
Proc.exit(pid, ExitReason.KILL);
var down = Proc.awaitDown(ref, INFINITY);
settled = true;
Proc.unalias(alias);
var reply = Proc.receive(Reply.class, r -> r.ref().equals(ref), Duration.ZERO);
if (reply.isPresent()) {
    return Optional.of(new TaskResult.Ok<>((T) reply.get().value()));
}
var reason = down.orElseThrow().reason();
return reason.equals(ExitReason.KILLED) ? Optional.empty() : Optional.of(new TaskResult.Exited<>(reason));
