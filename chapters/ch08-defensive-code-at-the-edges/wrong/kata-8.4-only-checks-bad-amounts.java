// refusesBadAmounts(): tries only the amounts that must be refused, never an ordinary one, so an edge that refuses everything passes.
for (var bad : Arrays.asList("0.001", "1e-3", "-5.00", "0", "0.00", "1e999999999", "1000000000", "ten", "12,50", " ", null)) {
    if (edge.apply(bad) instanceof Checked.Valid<BigDecimal>(BigDecimal accepted)) {
        throw new AssertionError("the edge accepted '" + bad + "' as " + accepted);
    }
}
