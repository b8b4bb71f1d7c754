// checked(): checks the rate's sign and size but not its decimals, so the feed's rate with 40 decimals passes and its fractions of a cent reach the wallet.
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
return Checked.valid(rate);
