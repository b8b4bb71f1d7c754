// aPoisonStaysOut(): throws whenever the wallet answers the payment of 0.001 at all, as if any answer meant the poison got in, so it fails a wallet that refuses it.
var supervisor = Supervisor.start(Flags.of(Strategy.REST_FOR_ONE), tree);
ExchangeWallet.pay(Proc.whereis(name).orElseThrow(), "10.00", ExchangeWallet.HOME);
Object answer;
try {
    answer = ExchangeWallet.pay(Proc.whereis(name).orElseThrow(), "0.001", ExchangeWallet.HOME);
} catch (CallExit crashed) {
    Supervisor.countChildren(supervisor);
    throw new AssertionError("a payment of 0.001 crashed the wallet: " + crashed.why());
}
throw new AssertionError("the wallet answered a payment of 0.001 with " + answer);
