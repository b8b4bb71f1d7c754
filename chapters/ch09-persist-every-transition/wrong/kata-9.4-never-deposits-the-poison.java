// aBadDepositDoesNotOutliveARestart(): restarts the wallet after a good deposit only, so it never puts the poison to the test.
Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(wallet));
Wallet.deposit(Proc.whereis(name).orElseThrow(), "10.00");
GenServer.stop(Proc.whereis(name).orElseThrow());
Supervisor.countChildren(supervisor);
try {
    Wallet.balance(Proc.whereis(name).orElseThrow());
} catch (CallExit crashed) {
    throw new AssertionError("the wallet crashes when asked its balance: " + crashed.getMessage(), crashed);
}
