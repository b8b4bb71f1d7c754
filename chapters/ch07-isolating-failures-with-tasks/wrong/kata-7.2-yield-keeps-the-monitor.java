// yield(): returns the result but never gives the task up, so the task's DOWN lands in the owner's mailbox after the reply.
var answer = Proc.receive(Object.class, this::isOwn, timeout);
if (answer.isEmpty()) {
    return Optional.empty();
}
return Optional.of(switch (answer.get()) {
    case Reply reply -> new TaskResult.Ok<>((T) reply.value());
    case Down down -> new TaskResult.Exited<>(down.reason());
    default -> throw new AssertionError("the receive takes only the task's reply or DOWN");
});
