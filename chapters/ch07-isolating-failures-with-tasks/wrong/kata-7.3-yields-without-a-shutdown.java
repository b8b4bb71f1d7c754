// payInATask(): answers NotPaid when yield gives nothing but never shuts the task down, so the hung task runs on under the task supervisor.
Task<BigDecimal> task = TaskSupervisor.asyncNolink(tasks, () -> convert(pay));
Optional<TaskResult<BigDecimal>> result = task.yield(limit);
return switch (result.orElse(null)) {
    case TaskResult.Ok<BigDecimal>(BigDecimal amount) -> paid(amount, state);
    case TaskResult.Exited<BigDecimal>(var reason) -> notPaid(pay, "the conversion failed: " + reason, state);
    case null -> notPaid(pay, "no rate within " + limit.toMillis() + " ms", state);
};
