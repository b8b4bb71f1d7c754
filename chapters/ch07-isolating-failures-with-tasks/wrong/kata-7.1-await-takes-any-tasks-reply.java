// await(): takes any reply or DOWN, not only this task's (by its ref), so another task's answer can be taken for this one's.
var answer = Proc.receive(Object.class, m -> m instanceof Reply || m instanceof Down, timeout);
giveUp();
if (answer.isEmpty()) {
    answer = Proc.receive(Object.class, m -> m instanceof Reply || m instanceof Down, Duration.ZERO);
}
if (answer.isEmpty()) {
    throw new TaskExit(TaskExit.TIMEOUT, "await", this, timeout);
}
return switch (answer.get()) {
    case Reply reply -> (T) reply.value();
    case Down down -> throw new TaskExit(down.reason(), "await", this, timeout);
    default -> throw new AssertionError("the receive takes only the task's reply or DOWN");
};
