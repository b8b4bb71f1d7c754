// aBadDepositDoesNotOutliveARestart(): demands 10.00 after the restart, so it blames a wallet that lost its good state along with the poison: that is chapter 6's other question.
Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(wallet));
Wallet.deposit(Proc.whereis(name).orElseThrow(), "10.00");
Wallet.deposit(Proc.whereis(name).orElseThrow(), "0.001");
GenServer.stop(Proc.whereis(name).orElseThrow());
Supervisor.countChildren(supervisor);
try {
    if (Wallet.balance(Proc.whereis(name).orElseThrow()).compareTo(new java.math.BigDecimal("10.00")) != 0) {
        throw new AssertionError("the wallet lost its 10.00");
    }
} catch (CallExit crashed) {
    throw new AssertionError("the wallet crashes when asked its balance: " + crashed.getMessage(), crashed);
}
