// aPoisonStaysOut(): compares the balance but only prints what it finds, so it passes against the wallet that lets the poison in.
var supervisor = Supervisor.start(Flags.of(Strategy.REST_FOR_ONE), tree);
ExchangeWallet.pay(Proc.whereis(name).orElseThrow(), "10.00", ExchangeWallet.HOME);
try {
    ExchangeWallet.pay(Proc.whereis(name).orElseThrow(), "0.001", ExchangeWallet.HOME);
} catch (CallExit crashed) {
    Supervisor.countChildren(supervisor);
}
try {
    BigDecimal after = Wallet.balance(Proc.whereis(name).orElseThrow());
    System.out.println("the poison stayed out: " + (after.compareTo(new BigDecimal("10.00")) == 0));
} catch (CallExit crashed) {
    System.out.println("the wallet crashes on every call: " + crashed.why());
}
