// payInATask(): pays in an Ok and answers everything else as no rate in time, so a crash of the exchange is reported as a hang.
Task<BigDecimal> task = TaskSupervisor.asyncNolink(tasks, () -> convert(pay));
Optional<TaskResult<BigDecimal>> result = task.yield(limit);
if (result.isEmpty()) {
    result = task.shutdown();
}
if (result.orElse(null) instanceof TaskResult.Ok<BigDecimal>(BigDecimal amount)) {
    return paid(amount, state);
}
return notPaid(pay, "no rate within " + limit.toMillis() + " ms", state);
