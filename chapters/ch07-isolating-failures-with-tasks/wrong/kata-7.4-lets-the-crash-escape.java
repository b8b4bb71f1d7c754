// aPoisonStaysOut(): does not catch the payment's exit, so against the wallet that crashes on the poison the check throws CallExit, not an AssertionError.
var supervisor = Supervisor.start(Flags.of(Strategy.REST_FOR_ONE), tree);
ExchangeWallet.pay(Proc.whereis(name).orElseThrow(), "10.00", ExchangeWallet.HOME);
ExchangeWallet.pay(Proc.whereis(name).orElseThrow(), "0.001", ExchangeWallet.HOME);
Supervisor.countChildren(supervisor);
BigDecimal after = Wallet.balance(Proc.whereis(name).orElseThrow());
if (after.compareTo(new BigDecimal("10.00")) != 0) {
    throw new AssertionError("paid 10.00, then 0.001, which should have been kept out, but the wallet holds " + after);
}
