package letitcrash.edge;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * Kata 8.4's check: does a check at the edge keep out every amount that must not become
 * state, and let ordinary money in? A check that refuses everything keeps the state safe
 * and the wallet useless, so both halves count.
 */
public final class EdgeCheck {

    private EdgeCheck() {}

    /**
     * Throws {@link AssertionError} if {@code edge} refuses an ordinary amount (or changes its
     * value), or accepts one that must not become state: a fraction of a cent however it is
     * written, a sign, zero, a number too large to hold, text that is no number, nothing at all.
     */
    // tag::edge-check[]
    public static void refusesBadAmounts(Function<String, Checked<BigDecimal>> edge) {
        // region kata 8.4: Throw an AssertionError when the edge refuses or changes an ordinary amount, or accepts one that must not become state (a fraction of a cent, however written; a sign; zero; too large; not a number; nothing).
        for (var good : List.of("12.50", "0.01", "7", "999999999.99")) {
            if (!(edge.apply(good) instanceof Checked.Valid<BigDecimal>(BigDecimal value))
                    || value.compareTo(new BigDecimal(good)) != 0) {
                throw new AssertionError("the edge refused or changed an ordinary amount: " + good + " gave " + edge.apply(good));
            }
        }
        for (var bad : Arrays.asList("0.001", "1e-3", "-5.00", "0", "0.00", "1e999999999", "1000000000", "ten", "12,50", " ", null)) {
            if (edge.apply(bad) instanceof Checked.Valid<BigDecimal>(BigDecimal accepted)) {
                throw new AssertionError("the edge accepted '" + bad + "' as " + accepted);
            }
        }
        // endregion
    }
    // end::edge-check[]
}
