// checked(): limits rate.scale() without stripping trailing zeros, so a good rate written with zeros past the sixth decimal, 1.17000000, is refused.
if (quote == null) {
    return Checked.invalid("the feed answered nothing for " + currency);
}
if (!currency.equals(quote.currency())) {
    return Checked.invalid("the feed answered for " + quote.currency() + ", not for " + currency);
}
var rate = quote.rate();
if (rate == null || rate.signum() <= 0 || rate.compareTo(HIGHEST) > 0) {
    return Checked.invalid("not a rate for " + currency + ": " + rate);
}
if (rate.scale() > MOST_DECIMALS) {
    return Checked.invalid("a rate with more than " + MOST_DECIMALS + " decimals: " + Amount.abbreviated(rate.toPlainString()));
}
return Checked.valid(rate);
