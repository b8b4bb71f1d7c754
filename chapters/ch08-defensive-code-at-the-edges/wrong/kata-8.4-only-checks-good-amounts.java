// refusesBadAmounts(): tries only ordinary amounts, never one that must be refused, so an edge that accepts anything BigDecimal reads passes.
for (var good : List.of("12.50", "0.01", "7", "999999999.99")) {
    if (!(edge.apply(good) instanceof Checked.Valid<BigDecimal>(BigDecimal value))
            || value.compareTo(new BigDecimal(good)) != 0) {
        throw new AssertionError("the edge refused or changed an ordinary amount: " + good + " gave " + edge.apply(good));
    }
}
