// aPoisonStaysOut(): asks for the balance as soon as the payment's call exits, without waiting for the supervisor's restart, so it finds no wallet, or a dead one.
var supervisor = Supervisor.start(Flags.of(Strategy.REST_FOR_ONE), tree);
ExchangeWallet.pay(Proc.whereis(name).orElseThrow(), "10.00", ExchangeWallet.HOME);
try {
    ExchangeWallet.pay(Proc.whereis(name).orElseThrow(), "0.001", ExchangeWallet.HOME);
} catch (CallExit crashed) {
    // the supervisor starts it again
}
BigDecimal after;
try {
    after = Wallet.balance(Proc.whereis(name).orElseThrow());
} catch (CallExit crashed) {
    throw new AssertionError("after a payment of 0.001 the wallet crashes on every call: " + crashed.why());
}
if (after.compareTo(new BigDecimal("10.00")) != 0) {
    throw new AssertionError("paid 10.00, then 0.001, which should have been kept out, but the wallet holds " + after);
}
