// checked(): compares quote.currency().equals(currency), the vendor's field first, so a quote for no currency is a NullPointerException, not a refusal.
if (quote == null) {
    return Checked.invalid("the feed answered nothing for " + currency);
}
if (!quote.currency().equals(currency)) {
    return Checked.invalid("the feed answered for " + quote.currency() + ", not for " + currency);
}
var rate = quote.rate();
if (rate == null || rate.signum() <= 0 || rate.compareTo(HIGHEST) > 0) {
    return Checked.invalid("not a rate for " + currency + ": " + rate);
}
if (rate.stripTrailingZeros().scale() > MOST_DECIMALS) {
    return Checked.invalid("a rate with more than " + MOST_DECIMALS + " decimals: " + Amount.abbreviated(rate.toPlainString()));
}
return Checked.valid(rate);
