// parse(): lists the wrong amounts it thought of (a fraction of a cent typed with digits, a sign) instead of describing money, so 1e-3 and 1e999999999 still reach BigDecimal and setScale.
if (text == null || text.isBlank()) {
    return Checked.invalid("no amount given");
}
var typed = text.strip();
if (FRACTION_OF_A_CENT.matcher(typed).matches()) {
    return Checked.invalid("a fraction of a cent: at most two decimals, not " + abbreviated(typed));
}
if (typed.startsWith("-") || typed.startsWith("+")) {
    return Checked.invalid("no sign, please: " + abbreviated(typed));
}
BigDecimal amount;
try {
    amount = new BigDecimal(typed).setScale(2);
} catch (NumberFormatException notANumber) {
    return Checked.invalid("not a number: " + abbreviated(typed));
}
if (amount.signum() <= 0) {
    return Checked.invalid("an amount must be above zero: " + typed);
}
return Checked.valid(amount);
