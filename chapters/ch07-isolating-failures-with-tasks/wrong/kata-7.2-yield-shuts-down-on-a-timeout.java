// yield(): shuts the task down when no answer came in time, so the task does not run on and a second yield never gets its result.
var answer = Proc.receive(Object.class, this::isOwn, timeout);
if (answer.isEmpty()) {
    shutdown(Duration.ZERO);
    return Optional.empty();
}
giveUp();
return Optional.of(switch (answer.get()) {
    case Reply reply -> new TaskResult.Ok<>((T) reply.value());
    case Down down -> new TaskResult.Exited<>(down.reason());
    default -> throw new AssertionError("the receive takes only the task's reply or DOWN");
});
