// checked(): checks that the rate is there and above zero but never compares it with HIGHEST, so a rate of a billion euros passes.
if (quote == null) {
    return Checked.invalid("the feed answered nothing for " + currency);
}
if (!currency.equals(quote.currency())) {
    return Checked.invalid("the feed answered for " + quote.currency() + ", not for " + currency);
}
var rate = quote.rate();
if (rate == null || rate.signum() <= 0) {
    return Checked.invalid("not a rate for " + currency + ": " + rate);
}
if (rate.stripTrailingZeros().scale() > MOST_DECIMALS) {
    return Checked.invalid("a rate with more than " + MOST_DECIMALS + " decimals: " + Amount.abbreviated(rate.toPlainString()));
}
return Checked.valid(rate);
