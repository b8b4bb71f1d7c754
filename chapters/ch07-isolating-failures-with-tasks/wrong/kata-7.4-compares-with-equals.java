// aPoisonStaysOut(): compares with equals against BigDecimal.TEN, so 10.00 is never 10 and the check fails even a wallet that keeps the poison out.
var supervisor = Supervisor.start(Flags.of(Strategy.REST_FOR_ONE), tree);
ExchangeWallet.pay(Proc.whereis(name).orElseThrow(), "10.00", ExchangeWallet.HOME);
try {
    ExchangeWallet.pay(Proc.whereis(name).orElseThrow(), "0.001", ExchangeWallet.HOME);
} catch (CallExit crashed) {
    Supervisor.countChildren(supervisor);
}
BigDecimal after;
try {
    after = Wallet.balance(Proc.whereis(name).orElseThrow());
} catch (CallExit crashed) {
    throw new AssertionError("after a payment of 0.001 the wallet crashes on every call: " + crashed.why());
}
if (!after.equals(BigDecimal.TEN)) {
    throw new AssertionError("paid 10.00, then 0.001, which should have been kept out, but the wallet holds " + after);
}
