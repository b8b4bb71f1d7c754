package letitcrash.edge;

import java.math.BigDecimal;
import java.time.Duration;
import letitcrash.task.TaskResult;
import letitcrash.task.TaskSupervisor;
import letitcrash.vendor.FxFeed;

/**
 * The vendor's feed, called the defensive way: in a task, so that a hang ends at the limit
 * and a throw is a result, and every answer checked before it is trusted. What comes back
 * is a {@link Checked} rate, never an exception: a failure of the feed is an expected error,
 * which the wallet answers its caller with.
 */
public final class SafeRates {

    /** How long the wallet waits for a quote. */
    public static final Duration LIMIT = Duration.ofSeconds(2);
    /** No currency buys more euros than this: a higher rate is nonsense. */
    public static final BigDecimal HIGHEST = new BigDecimal("10000");
    /** Rates are quoted with at most this many decimals. */
    public static final int MOST_DECIMALS = 6;

    private SafeRates() {}

    /**
     * The rate of {@code currency}, asked of {@code feed} in a task under the task supervisor
     * registered as {@code tasks}, within {@code limit}, and checked.
     */
    // tag::safe-rate[]
    public static Checked<BigDecimal> rate(FxFeed feed, String currency, String tasks, Duration limit)
            throws InterruptedException {
        var task = TaskSupervisor.asyncNolink(tasks, () -> feed.quote(currency));
        var result = task.yield(limit);
        if (result.isEmpty()) {
            result = task.shutdown();
        }
        return switch (result.orElse(null)) {
            case null -> Checked.invalid("no quote for " + currency + " within " + limit.toMillis() + " ms");
            case TaskResult.Exited<FxFeed.Quote>(var reason) -> Checked.invalid("the feed failed: " + reason);
            case TaskResult.Ok<FxFeed.Quote>(var quote) -> checked(quote, currency);
        };
    }
    // end::safe-rate[]

    /**
     * {@code quote} as a rate for {@code currency}, if it is one: a quote, for that currency,
     * with a rate above zero, at most {@link #HIGHEST}, with at most {@link #MOST_DECIMALS}
     * decimals. Anything else is {@link Checked.Invalid}, with what was wrong.
     */
    // tag::checked-quote[]
    public static Checked<BigDecimal> checked(FxFeed.Quote quote, String currency) {
        // region kata 8.2: Trust nothing of the quote: refuse, with a reason, a missing quote, one for another currency, and a rate that is missing, not above zero, above HIGHEST, or with more than MOST_DECIMALS decimals.
        if (quote == null) {
            return Checked.invalid("the feed answered nothing for " + currency);
        }
        if (!currency.equals(quote.currency())) {
            return Checked.invalid("the feed answered for " + quote.currency() + ", not for " + currency);
        }
        var rate = quote.rate();
        if (rate == null || rate.signum() <= 0 || rate.compareTo(HIGHEST) > 0) {
            return Checked.invalid("not a rate for " + currency + ": " + rate);
        }
        if (rate.stripTrailingZeros().scale() > MOST_DECIMALS) {
            return Checked.invalid("a rate with more than " + MOST_DECIMALS + " decimals: " + Amount.abbreviated(rate.toPlainString()));
        }
        return Checked.valid(rate);
        // endregion
    }
    // end::checked-quote[]

    /**
     * The feed called directly, inside a {@code try}: a throw, a {@code null} and nonsense
     * are caught, but a hang holds the caller for ever. For the book's comparison only.
     */
    // tag::direct[]
    public static Checked<BigDecimal> direct(FxFeed feed, String currency) {
        try {
            return checked(feed.quote(currency), currency);
        } catch (Exception e) { // the feed's own failures; a kill from outside is an Error, and passes
            return Checked.invalid("the feed failed: " + e);
        }
    }
    // end::direct[]
}
