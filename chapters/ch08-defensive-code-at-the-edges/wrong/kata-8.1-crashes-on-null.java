// parse(): never looks for null, so no amount at all is a NullPointerException instead of a refusal.
var typed = text.strip();
if (FRACTION_OF_A_CENT.matcher(typed).matches()) {
    return Checked.invalid("a fraction of a cent: at most two decimals, not " + abbreviated(typed));
}
if (!EUROS_AND_CENTS.matcher(typed).matches()) {
    return Checked.invalid("not an amount in euros and cents, such as 12.50: " + abbreviated(typed));
}
var amount = new BigDecimal(typed).setScale(2);
if (amount.signum() <= 0) {
    return Checked.invalid("an amount must be above zero: " + typed);
}
return Checked.valid(amount);
