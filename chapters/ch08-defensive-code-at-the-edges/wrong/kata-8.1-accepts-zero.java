// parse(): refuses only amounts below zero (signum() < 0, not <= 0), so 0 and 0.00 are accepted as money.
if (text == null || text.isBlank()) {
    return Checked.invalid("no amount given");
}
var typed = text.strip();
if (FRACTION_OF_A_CENT.matcher(typed).matches()) {
    return Checked.invalid("a fraction of a cent: at most two decimals, not " + abbreviated(typed));
}
if (!EUROS_AND_CENTS.matcher(typed).matches()) {
    return Checked.invalid("not an amount in euros and cents, such as 12.50: " + abbreviated(typed));
}
var amount = new BigDecimal(typed).setScale(2);
if (amount.signum() < 0) {
    return Checked.invalid("an amount must not be below zero: " + typed);
}
return Checked.valid(amount);
