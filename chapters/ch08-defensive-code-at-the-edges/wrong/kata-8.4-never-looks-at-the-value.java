// refusesBadAmounts(): checks that an ordinary amount is accepted but not that it comes back with the same value, so an edge that turns 12.50 into 12.00 passes.
for (var good : List.of("12.50", "0.01", "7", "999999999.99")) {
    if (!(edge.apply(good) instanceof Checked.Valid<BigDecimal>)) {
        throw new AssertionError("the edge refused an ordinary amount: " + good + " gave " + edge.apply(good));
    }
}
for (var bad : Arrays.asList("0.001", "1e-3", "-5.00", "0", "0.00", "1e999999999", "1000000000", "ten", "12,50", " ", null)) {
    if (edge.apply(bad) instanceof Checked.Valid<BigDecimal>(BigDecimal accepted)) {
        throw new AssertionError("the edge accepted '" + bad + "' as " + accepted);
    }
}
