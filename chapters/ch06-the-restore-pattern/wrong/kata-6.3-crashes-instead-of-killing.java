// anAcknowledgedDepositSurvives(): crashes the wallet with a bad deposit instead of killing it, so terminate runs and the pattern passes.
Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(wallet));
Wallet.deposit(Proc.whereis(name).orElseThrow(), "10.00");
BigDecimal acknowledged = Wallet.balance(Proc.whereis(name).orElseThrow());
Pid first = Proc.whereis(name).orElseThrow();
var watch = Proc.monitor(first);
GenServer.cast(first, new Wallet.Deposit("twelve"));
Proc.awaitDown(watch, GenServer.INFINITY);
Supervisor.countChildren(supervisor);
BigDecimal after = Wallet.balance(Proc.whereis(name).orElseThrow());
if (after.compareTo(acknowledged) != 0) {
    throw new AssertionError("acknowledged " + acknowledged + ", but after a crash the wallet holds " + after);
}
