// pay(): rounds a half cent up (RoundingMode.HALF_UP), as at school, not to the even cent as the bank does, so 0.50 pounds (0.585 euros) is 0.59, not 0.58.
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
var euros = amount.orElseThrow().multiply(rate.orElseThrow()).setScale(2, RoundingMode.HALF_UP);
if (euros.signum() <= 0) {
    return notPaid(pay, "less than a cent in euros: " + pay.amount() + " " + pay.currency(), state);
}
var after = state.apply(new Wallet.Deposited(euros));
return new Reply<>(Wallet.inCents(after.balance()), after);
