// payInATask(): awaits the task and catches its exit, which keeps the wallet alive but leaves a hung task running when the await times out.
Task<BigDecimal> task = TaskSupervisor.asyncNolink(tasks, () -> convert(pay));
try {
    return paid(task.await(limit), state);
} catch (letitcrash.task.TaskExit failed) {
    return failed.why().equals(letitcrash.task.TaskExit.TIMEOUT)
            ? notPaid(pay, "no rate within " + limit.toMillis() + " ms", state)
            : notPaid(pay, "the conversion failed: " + failed.why(), state);
}
