// pay(): pays the typed amount in first and checks the rate after, so a refusal is answered with the state the refused payment already changed.
var amount = Amount.parse(pay.amount());
if (amount instanceof Checked.Invalid<BigDecimal>(String why)) {
    return notPaid(pay, why, state);
}
var after = state.apply(new Wallet.Deposited(amount.orElseThrow()));
if (pay.currency().equals(ExchangeWallet.HOME)) {
    return new Reply<>(Wallet.inCents(after.balance()), after);
}
var rate = SafeRates.rate(feed, pay.currency(), tasks, limit);
if (rate instanceof Checked.Invalid<BigDecimal>(String why)) {
    return notPaid(pay, why, after);
}
var euros = amount.orElseThrow().multiply(rate.orElseThrow()).setScale(2, RoundingMode.HALF_EVEN);
if (euros.signum() <= 0) {
    return notPaid(pay, "less than a cent in euros: " + pay.amount() + " " + pay.currency(), after);
}
after = state.apply(new Wallet.Deposited(euros));
return new Reply<>(Wallet.inCents(after.balance()), after);
