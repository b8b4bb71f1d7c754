// anAcknowledgedDepositSurvives(): compares with equals against the number deposited, so 10.00 is never 10 and the check always fails.
Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(wallet));
Wallet.deposit(Proc.whereis(name).orElseThrow(), "10.00");
Pid first = Proc.whereis(name).orElseThrow();
var watch = Proc.monitor(first);
Proc.exit(first, KILL);
Proc.awaitDown(watch, GenServer.INFINITY);
Supervisor.countChildren(supervisor);
BigDecimal after = Wallet.balance(Proc.whereis(name).orElseThrow());
if (!after.equals(BigDecimal.TEN)) {
    throw new AssertionError("deposited 10, but after a kill the wallet holds " + after);
}
