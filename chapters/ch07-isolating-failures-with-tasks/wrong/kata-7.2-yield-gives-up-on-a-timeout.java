// yield(): gives the task up before it looks at what came, so after a timeout the reply has no alias to come through and a second yield never gets it.
var answer = Proc.receive(Object.class, this::isOwn, timeout);
giveUp();
if (answer.isEmpty()) {
    return Optional.empty();
}
return Optional.of(switch (answer.get()) {
    case Reply reply -> new TaskResult.Ok<>((T) reply.value());
    case Down down -> new TaskResult.Exited<>(down.reason());
    default -> throw new AssertionError("the receive takes only the task's reply or DOWN");
});
