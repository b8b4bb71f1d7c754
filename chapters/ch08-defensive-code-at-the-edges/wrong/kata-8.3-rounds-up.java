// pay(): rounds the amount in euros up (RoundingMode.UP), away from zero, so 0.50 yen (0.0031 euros) is paid in as a whole cent.
var amount = Amount.parse(pay.amount());
if (amount instanceof Checked.Invalid<BigDecimal>(String why)) {
    return notPaid(pay, why, state);
}
var rate = pay.currency().equals(ExchangeWallet.HOME)
        ? Checked.valid(BigDecimal.ONE)
        : SafeRates.rate(feed, pay.currency(), tasks, limit);
if (rate instanceof Checked.Invalid<BigDecimal>(String why)) {
    return notPaid(pay, why, state);
}
var euros = amount.orElseThrow().multiply(rate.orElseThrow()).setScale(2, RoundingMode.UP);
if (euros.signum() <= 0) {
    return notPaid(pay, "less than a cent in euros: " + pay.amount() + " " + pay.currency(), state);
}
var after = state.apply(new Wallet.Deposited(euros));
return new Reply<>(Wallet.inCents(after.balance()), after);
