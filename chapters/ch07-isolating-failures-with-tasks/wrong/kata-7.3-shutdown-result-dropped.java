// payInATask(): shuts the hung task down but drops what shutdown gives, so a rate that came at the last moment is answered NotPaid and never paid in.
Task<BigDecimal> task = TaskSupervisor.asyncNolink(tasks, () -> convert(pay));
Optional<TaskResult<BigDecimal>> result = task.yield(limit);
if (result.isEmpty()) {
    task.shutdown();
}
return switch (result.orElse(null)) {
    case TaskResult.Ok<BigDecimal>(BigDecimal amount) -> paid(amount, state);
    case TaskResult.Exited<BigDecimal>(var reason) -> notPaid(pay, "the conversion failed: " + reason, state);
    case null -> notPaid(pay, "no rate within " + limit.toMillis() + " ms", state);
};
