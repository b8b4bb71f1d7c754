// shutdown(): judges by the DOWN alone and never looks for a reply, so a result that arrived before the shutdown is lost, reported as {exit, normal}.
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
var reason = down.orElseThrow().reason();
boolean ourStop = reason.equals(stop == ExitReason.KILL ? ExitReason.KILLED : ExitReason.SHUTDOWN);
return ourStop ? Optional.empty() : Optional.of(new TaskResult.Exited<>(reason));
