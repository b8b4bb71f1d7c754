// shutdown(): sends shutdown and waits the grace time but never kills, so a task that traps exits runs on after shutdown returns.
Proc.unlink(pid);
Proc.exit(pid, ExitReason.SHUTDOWN);
var down = Proc.awaitDown(ref, grace);
settled = true;
Proc.unalias(alias);
Proc.demonitor(ref, true);
var reply = Proc.receive(Reply.class, r -> r.ref().equals(ref), Duration.ZERO);
if (reply.isPresent()) {
    return Optional.of(new TaskResult.Ok<>((T) reply.get().value()));
}
if (down.isEmpty() || down.get().reason().equals(ExitReason.SHUTDOWN)) {
    return Optional.empty();
}
return Optional.of(new TaskResult.Exited<>(down.get().reason()));
