// yield(): exits the owner with the task's reason on its DOWN, as await does, instead of giving {exit, reason}.
var answer = Proc.receive(Object.class, this::isOwn, timeout);
if (answer.isEmpty()) {
    return Optional.empty();
}
giveUp();
return Optional.of(switch (answer.get()) {
    case Reply reply -> new TaskResult.Ok<>((T) reply.value());
    case Down down -> throw new TaskExit(down.reason(), "yield", this, timeout);
    default -> throw new AssertionError("the receive takes only the task's reply or DOWN");
});
