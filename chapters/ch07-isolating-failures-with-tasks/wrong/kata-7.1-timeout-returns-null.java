// await(): answers a timeout with null instead of exiting the owner with timeout, so the owner and its linked task run on.
var answer = Proc.receive(Object.class, this::isOwn, timeout);
giveUp();
if (answer.isEmpty()) {
    answer = Proc.receive(Object.class, this::isOwn, Duration.ZERO);
}
if (answer.isEmpty()) {
    return null;
}
return switch (answer.get()) {
    case Reply reply -> (T) reply.value();
    case Down down -> throw new TaskExit(down.reason(), "await", this, timeout);
    default -> throw new AssertionError("the receive takes only the task's reply or DOWN");
};
