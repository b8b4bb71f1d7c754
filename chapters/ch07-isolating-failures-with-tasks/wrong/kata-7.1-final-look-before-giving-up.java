// await(): takes its last look before it gives the task up, so a reply that lands between the look and the unalias is a stray.
var answer = Proc.receive(Object.class, this::isOwn, timeout);
if (answer.isEmpty()) {
    answer = Proc.receive(Object.class, this::isOwn, Duration.ZERO);
}
giveUp();
if (answer.isEmpty()) {
    throw new TaskExit(TaskExit.TIMEOUT, "await", this, timeout);
}
return switch (answer.get()) {
    case Reply reply -> (T) reply.value();
    case Down down -> throw new TaskExit(down.reason(), "await", this, timeout);
    default -> throw new AssertionError("the receive takes only the task's reply or DOWN");
};
