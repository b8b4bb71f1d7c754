// parse(): takes whatever BigDecimal reads and checks only that it is above zero, so 0.001, 1e-3 and 1e999999999 become state, in any scale.
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
return Checked.valid(amount);
