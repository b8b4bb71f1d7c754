// parse(): counts the decimals once trailing zeros are stripped but sets no upper limit, so 1000000000 and 1E+3 are accepted and 1e999999999 blows up in setScale.
if (text == null || text.isBlank()) {
    return Checked.invalid("no amount given");
}
BigDecimal amount;
try {
    amount = new BigDecimal(text.strip());
} catch (NumberFormatException notANumber) {
    return Checked.invalid("not a number: " + abbreviated(text.strip()));
}
if (amount.signum() <= 0) {
    return Checked.invalid("an amount must be above zero: " + text.strip());
}
if (amount.stripTrailingZeros().scale() > 2) {
    return Checked.invalid("a fraction of a cent: " + abbreviated(text.strip()));
}
return Checked.valid(amount.setScale(2));
