// payInATask(): starts the task with Task.async, linked to the wallet, so a crash of the exchange takes the wallet down through the link.
Task<BigDecimal> task = Task.async(() -> convert(pay));
Optional<TaskResult<BigDecimal>> result = task.yield(limit);
if (result.isEmpty()) {
    result = task.shutdown();
}
return switch (result.orElse(null)) {
    case TaskResult.Ok<BigDecimal>(BigDecimal amount) -> paid(amount, state);
    case TaskResult.Exited<BigDecimal>(var reason) -> notPaid(pay, "the conversion failed: " + reason, state);
    case null -> notPaid(pay, "no rate within " + limit.toMillis() + " ms", state);
};
