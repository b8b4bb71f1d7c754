// checked(): checks every field of the quote but not that there is a quote, so a feed that answers null is a NullPointerException, not a refusal.
if (!currency.equals(quote.currency())) {
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
