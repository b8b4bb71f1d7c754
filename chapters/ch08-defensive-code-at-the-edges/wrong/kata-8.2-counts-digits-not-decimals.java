// checked(): limits rate.precision(), the count of all digits, instead of the decimals, so 1.170000 (seven digits, six decimals) is refused.
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
if (rate.precision() > MOST_DECIMALS) {
    return Checked.invalid("a rate with more than " + MOST_DECIMALS + " digits: " + Amount.abbreviated(rate.toPlainString()));
}
return Checked.valid(rate);
