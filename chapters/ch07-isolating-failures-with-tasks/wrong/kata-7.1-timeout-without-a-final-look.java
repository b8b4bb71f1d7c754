// await(): gives the task up on a timeout but takes no last look, so a reply that landed as the wait ran out stays in the mailbox as a stray.
var answer = Proc.receive(Object.class, this::isOwn, timeout);
giveUp();
if (answer.isEmpty()) {
    throw new TaskExit(TaskExit.TIMEOUT, "await", this, timeout);
}
return switch (answer.get()) {
    case Reply reply -> (T) reply.value();
    case Down down -> throw new TaskExit(down.reason(), "await", this, timeout);
    default -> throw new AssertionError("the receive takes only the task's reply or DOWN");
};
