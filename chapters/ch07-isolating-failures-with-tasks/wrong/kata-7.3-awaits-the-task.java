// payInATask(): awaits the task instead of yielding it, so a crash or a hang of the exchange exits the wallet.
Task<BigDecimal> task = TaskSupervisor.asyncNolink(tasks, () -> convert(pay));
return paid(task.await(limit), state);
