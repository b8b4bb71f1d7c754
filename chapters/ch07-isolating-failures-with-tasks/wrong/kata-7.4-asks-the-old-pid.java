// aPoisonStaysOut(): looks the wallet up once and asks that pid for the balance, so after any crash it asks the dead wallet, not the one its supervisor started again.
var supervisor = Supervisor.start(Flags.of(Strategy.REST_FOR_ONE), tree);
var wallet = Proc.whereis(name).orElseThrow();
ExchangeWallet.pay(wallet, "10.00", ExchangeWallet.HOME);
try {
    ExchangeWallet.pay(wallet, "0.001", ExchangeWallet.HOME);
} catch (CallExit crashed) {
    Supervisor.countChildren(supervisor);
}
BigDecimal after;
try {
    after = Wallet.balance(wallet);
} catch (CallExit crashed) {
    throw new AssertionError("after a payment of 0.001 the wallet crashes on every call: " + crashed.why());
}
if (after.compareTo(new BigDecimal("10.00")) != 0) {
    throw new AssertionError("paid 10.00, then 0.001, which should have been kept out, but the wallet holds " + after);
}
