// parse(): accepts the amount as typed without putting it in whole cents, so 12.5 stays at scale 1 and 7 at scale 0.
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
var amount = new BigDecimal(typed);
if (amount.signum() <= 0) {
    return Checked.invalid("an amount must be above zero: " + typed);
}
return Checked.valid(amount);
