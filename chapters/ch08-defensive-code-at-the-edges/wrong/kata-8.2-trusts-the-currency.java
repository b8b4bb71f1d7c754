// checked(): never compares the quote's currency with the one asked for, so a dollar rate is taken for a pound's.
if (quote == null) {
    return Checked.invalid("the feed answered nothing for " + currency);
}
var rate = quote.rate();
if (rate == null || rate.signum() <= 0 || rate.compareTo(HIGHEST) > 0) {
    return Checked.invalid("not a rate for " + currency + ": " + rate);
}
if (rate.stripTrailingZeros().scale() > MOST_DECIMALS) {
    return Checked.invalid("a rate with more than " + MOST_DECIMALS + " decimals: " + Amount.abbreviated(rate.toPlainString()));
}
return Checked.valid(rate);
