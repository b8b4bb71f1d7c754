// pay(): falls back to a rate of 1 when the feed's answer is refused, so five francs the feed could not price are paid in as five euros.
var amount = Amount.parse(pay.amount());
if (amount instanceof Checked.Invalid<BigDecimal>(String why)) {
    return notPaid(pay, why, state);
}
var rate = pay.currency().equals(ExchangeWallet.HOME)
        ? BigDecimal.ONE
        : SafeRates.rate(feed, pay.currency(), tasks, limit) instanceof Checked.Valid<BigDecimal>(BigDecimal quoted) ? quoted : BigDecimal.ONE;
var euros = amount.orElseThrow().multiply(rate).setScale(2, RoundingMode.HALF_EVEN);
if (euros.signum() <= 0) {
    return notPaid(pay, "less than a cent in euros: " + pay.amount() + " " + pay.currency(), state);
}
var after = state.apply(new Wallet.Deposited(euros));
return new Reply<>(Wallet.inCents(after.balance()), after);
