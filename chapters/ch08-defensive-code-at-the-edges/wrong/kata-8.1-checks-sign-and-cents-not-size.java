// parse(): checks the sign and that the scale is at most two, but not the size, so 1E+3 and 1000000000 pass and 1e999999999 (scale below zero) blows up in setScale.
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
if (amount.scale() > 2) {
    return Checked.invalid("a fraction of a cent: " + abbreviated(text.strip()));
}
return Checked.valid(amount.setScale(2));
