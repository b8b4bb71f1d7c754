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
    public static void refusesBadAmounts(Function<String, Checked<BigDecimal>> edge) {
        // TODO(kata 8.4): Throw an AssertionError when the edge refuses or changes an ordinary amount, or accepts one that must not become state (a fraction of a cent, however written; a sign; zero; too large; not a number; nothing).
        throw new letitcrash.KataNotDone("kata 8.4 is not done yet (book: chapter 8, Kata 8.4)");
    }
}
