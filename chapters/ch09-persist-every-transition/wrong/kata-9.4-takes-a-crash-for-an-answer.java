// aBadDepositDoesNotOutliveARestart(): catches the crash of the balance call and goes on, so the check passes whatever the wallet does.
Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(wallet));
Wallet.deposit(Proc.whereis(name).orElseThrow(), "10.00");
Wallet.deposit(Proc.whereis(name).orElseThrow(), "0.001");
GenServer.stop(Proc.whereis(name).orElseThrow());
Supervisor.countChildren(supervisor);
try {
    Wallet.balance(Proc.whereis(name).orElseThrow());
} catch (CallExit crashed) {
    System.out.println("the wallet crashed: " + crashed.getMessage());
}
