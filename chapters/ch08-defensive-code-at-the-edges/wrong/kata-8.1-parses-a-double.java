// parse(): reads the text as a double and rounds it to cents, so 0.001 becomes 0.00, 1e-3 and 1E+3 pass, and NaN is "above zero" until BigDecimal refuses it.
if (text == null || text.isBlank()) {
    return Checked.invalid("no amount given");
}
double value;
try {
    value = Double.parseDouble(text.strip());
} catch (NumberFormatException notANumber) {
    return Checked.invalid("not a number: " + abbreviated(text.strip()));
}
if (value <= 0 || value > MAX.doubleValue()) {
    return Checked.invalid("not an amount between 0.01 and " + MAX + ": " + abbreviated(text.strip()));
}
return Checked.valid(BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_EVEN));
