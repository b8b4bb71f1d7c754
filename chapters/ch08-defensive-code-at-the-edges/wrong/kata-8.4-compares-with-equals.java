// refusesBadAmounts(): compares an accepted amount with equals, which counts the scale, so the book's edge, which gives 7 back as 7.00, is said to change it.
for (var good : List.of("12.50", "0.01", "7", "999999999.99")) {
    if (!(edge.apply(good) instanceof Checked.Valid<BigDecimal>(BigDecimal value))
            || !value.equals(new BigDecimal(good))) {
        throw new AssertionError("the edge refused or changed an ordinary amount: " + good + " gave " + edge.apply(good));
    }
}
for (var bad : Arrays.asList("0.001", "1e-3", "-5.00", "0", "0.00", "1e999999999", "1000000000", "ten", "12,50", " ", null)) {
    if (edge.apply(bad) instanceof Checked.Valid<BigDecimal>(BigDecimal accepted)) {
        throw new AssertionError("the edge accepted '" + bad + "' as " + accepted);
    }
}
