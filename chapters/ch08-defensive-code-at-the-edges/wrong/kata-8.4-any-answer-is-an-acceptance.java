// refusesBadAmounts(): takes any answer to a bad amount, a refusal included, for an acceptance (it checks != null, not Checked.Valid), so it throws on every edge, the book's too.
for (var good : List.of("12.50", "0.01", "7", "999999999.99")) {
    if (!(edge.apply(good) instanceof Checked.Valid<BigDecimal>(BigDecimal value))
            || value.compareTo(new BigDecimal(good)) != 0) {
        throw new AssertionError("the edge refused or changed an ordinary amount: " + good + " gave " + edge.apply(good));
    }
}
for (var bad : Arrays.asList("0.001", "1e-3", "-5.00", "0", "0.00", "1e999999999", "1000000000", "ten", "12,50", " ", null)) {
    var answer = edge.apply(bad);
    if (answer != null) {
        throw new AssertionError("the edge accepted '" + bad + "' as " + answer);
    }
}
