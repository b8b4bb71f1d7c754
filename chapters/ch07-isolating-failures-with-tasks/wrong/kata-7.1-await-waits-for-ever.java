// await(): waits for the task's reply or DOWN with no time limit, so a task that never answers hangs its owner for ever.
var answer = Proc.receive(Object.class, this::isOwn, INFINITY);
giveUp();
return switch (answer.orElseThrow()) {
    case Reply reply -> (T) reply.value();
    case Down down -> throw new TaskExit(down.reason(), "await", this, timeout);
    default -> throw new AssertionError("the receive takes only the task's reply or DOWN");
};
