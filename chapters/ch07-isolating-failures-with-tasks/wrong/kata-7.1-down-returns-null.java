// await(): answers a task that ended without a result with null instead of exiting the owner with the task's reason.
var answer = Proc.receive(Object.class, this::isOwn, timeout);
giveUp();
if (answer.isEmpty()) {
    answer = Proc.receive(Object.class, this::isOwn, Duration.ZERO);
}
if (answer.isEmpty()) {
    throw new TaskExit(TaskExit.TIMEOUT, "await", this, timeout);
}
return switch (answer.get()) {
    case Reply reply -> (T) reply.value();
    case Down down -> null;
    default -> throw new AssertionError("the receive takes only the task's reply or DOWN");
};
