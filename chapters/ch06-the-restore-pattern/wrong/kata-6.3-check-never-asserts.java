// anAcknowledgedDepositSurvives(): compares the balances but never throws, so it passes against the pattern too.
Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(wallet));
Wallet.deposit(Proc.whereis(name).orElseThrow(), "10.00");
BigDecimal acknowledged = Wallet.balance(Proc.whereis(name).orElseThrow());
Pid first = Proc.whereis(name).orElseThrow();
var watch = Proc.monitor(first);
Proc.exit(first, KILL);
Proc.awaitDown(watch, GenServer.INFINITY);
Supervisor.countChildren(supervisor);
BigDecimal after = Wallet.balance(Proc.whereis(name).orElseThrow());
boolean survived = after.compareTo(acknowledged) == 0;
System.out.println("the deposit survived: " + survived);
