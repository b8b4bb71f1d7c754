// aPoisonStaysOut(): fails only when the payment of 0.001 crashes the wallet and never asks for the balance, so a wallet that answers the payment but keeps a wrong balance passes.
Supervisor.start(Flags.of(Strategy.REST_FOR_ONE), tree);
ExchangeWallet.pay(Proc.whereis(name).orElseThrow(), "10.00", ExchangeWallet.HOME);
try {
    ExchangeWallet.pay(Proc.whereis(name).orElseThrow(), "0.001", ExchangeWallet.HOME);
} catch (CallExit crashed) {
    throw new AssertionError("a payment of 0.001 crashed the wallet: " + crashed.why());
}
