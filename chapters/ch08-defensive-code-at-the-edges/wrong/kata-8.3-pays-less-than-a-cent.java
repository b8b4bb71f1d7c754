// pay(): rounds to whole cents but never refuses what rounds to nothing, so 0.50 yen is "paid" as 0.00 euros instead of NotPaid.
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
var euros = amount.orElseThrow().multiply(rate.orElseThrow()).setScale(2, RoundingMode.HALF_EVEN);
var after = state.apply(new Wallet.Deposited(euros));
return new Reply<>(Wallet.inCents(after.balance()), after);
