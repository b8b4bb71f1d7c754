// await(): takes the first message in the mailbox, whatever it is, so a message of the owner's own is taken for the task's answer.
var answer = Proc.receive(timeout);
giveUp();
if (answer.isEmpty()) {
    throw new TaskExit(TaskExit.TIMEOUT, "await", this, timeout);
}
return switch (answer.get()) {
    case Reply reply -> (T) reply.value();
    case Down down -> throw new TaskExit(down.reason(), "await", this, timeout);
    default -> throw new AssertionError("the receive takes only the task's reply or DOWN");
};
