// pay(): asks the feed for every currency, the wallet's own included, so a payment in euros depends on the vendor, which has no EUR quote, and is NotPaid.
var amount = Amount.parse(pay.amount());
if (amount instanceof Checked.Invalid<BigDecimal>(String why)) {
    return notPaid(pay, why, state);
}
var rate = SafeRates.rate(feed, pay.currency(), tasks, limit);
if (rate instanceof Checked.Invalid<BigDecimal>(String why)) {
    return notPaid(pay, why, state);
}
var euros = amount.orElseThrow().multiply(rate.orElseThrow()).setScale(2, RoundingMode.HALF_EVEN);
if (euros.signum() <= 0) {
    return notPaid(pay, "less than a cent in euros: " + pay.amount() + " " + pay.currency(), state);
}
var after = state.apply(new Wallet.Deposited(euros));
return new Reply<>(Wallet.inCents(after.balance()), after);
