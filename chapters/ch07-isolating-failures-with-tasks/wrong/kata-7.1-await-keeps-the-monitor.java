// await(): returns the reply but never gives the task up, so the monitor and the alias stay and the task's DOWN lands in the owner's mailbox.
var answer = Proc.receive(Object.class, this::isOwn, timeout);
if (answer.isEmpty()) {
    throw new TaskExit(TaskExit.TIMEOUT, "await", this, timeout);
}
return switch (answer.get()) {
    case Reply reply -> (T) reply.value();
    case Down down -> throw new TaskExit(down.reason(), "await", this, timeout);
    default -> throw new AssertionError("the receive takes only the task's reply or DOWN");
};
