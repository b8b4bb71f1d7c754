// aBadDepositDoesNotOutliveARestart(): asks the balance right after the deposits, with no restart, so it blames every wallet that crashes on a poison, even one that a restart would clear.
Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(wallet));
Wallet.deposit(Proc.whereis(name).orElseThrow(), "10.00");
Wallet.deposit(Proc.whereis(name).orElseThrow(), "0.001");
try {
    Wallet.balance(Proc.whereis(name).orElseThrow());
} catch (CallExit crashed) {
    throw new AssertionError("the wallet crashes when asked its balance: " + crashed.getMessage(), crashed);
}
