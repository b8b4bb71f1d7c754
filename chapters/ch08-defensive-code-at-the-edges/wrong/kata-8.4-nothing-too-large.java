// refusesBadAmounts(): tries fractions of a cent, signs, zero and text but no number too large to hold (1e999999999, 1000000000), so an edge that checks sign and cents but not the size passes.
for (var good : List.of("12.50", "0.01", "7", "999999999.99")) {
    if (!(edge.apply(good) instanceof Checked.Valid<BigDecimal>(BigDecimal value))
            || value.compareTo(new BigDecimal(good)) != 0) {
        throw new AssertionError("the edge refused or changed an ordinary amount: " + good + " gave " + edge.apply(good));
    }
}
for (var bad : Arrays.asList("0.001", "1e-3", "-5.00", "0", "0.00", "ten", "12,50", " ", null)) {
    if (edge.apply(bad) instanceof Checked.Valid<BigDecimal>(BigDecimal accepted)) {
        throw new AssertionError("the edge accepted '" + bad + "' as " + accepted);
    }
}
