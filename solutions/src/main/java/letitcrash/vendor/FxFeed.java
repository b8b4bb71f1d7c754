package letitcrash.vendor;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * An exchange-rate client from a vendor: the library "we do not control" of chapter 8,
 * written to be as unreliable as such libraries are. Its one method, {@link #quote}, is
 * documented to return a quote; in fact, by currency, it returns one, throws an unchecked
 * exception its signature does not mention, returns {@code null}, returns nonsense, or
 * never returns. The behaviour is fixed per currency, as a vendor's sandbox is, so that
 * every run is the same:
 *
 * <table>
 * <caption>The sandbox's currencies</caption>
 * <tr><th>currency</th><th>what {@code quote} does</th></tr>
 * <tr><td>USD, GBP, JPY</td><td>a good quote: 0.92, 1.17, 0.0062 euros</td></tr>
 * <tr><td>CHF</td><td>throws {@link FeedException}: "upstream answered 503"</td></tr>
 * <tr><td>SEK</td><td>returns {@code null}</td></tr>
 * <tr><td>NOK</td><td>a negative rate, -0.09</td></tr>
 * <tr><td>DKK</td><td>a quote for another currency, USD</td></tr>
 * <tr><td>PLN</td><td>a rate with 40 decimals</td></tr>
 * <tr><td>ISK</td><td>never returns; an interrupt becomes a {@link FeedException}, as careless libraries do</td></tr>
 * <tr><td>anything else</td><td>a {@link NullPointerException} from deep inside</td></tr>
 * </table>
 *
 * <p>Nothing here is written the way the rest of the book is: that is the point.
 */
public final class FxFeed {

    /** A quote: one unit of {@code currency} buys {@code rate} euros. Any field may be null. */
    public record Quote(String currency, BigDecimal rate) {}

    /** What the feed throws when upstream fails. Unchecked, and not in any signature. */
    public static final class FeedException extends RuntimeException {
        public FeedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The vendor's sandbox: the behaviour of each currency is fixed (see the class comment). */
    public static FxFeed sandbox() {
        return new FxFeed();
    }

    private FxFeed() {}

    @Override
    public String toString() {
        return "FxFeed[sandbox]";
    }

    /** The latest quote for {@code currency}. "Never fails", says the vendor's documentation. */
    public Quote quote(String currency) {
        String code = currency.toUpperCase(Locale.ROOT);
        switch (code) {
            case "USD":
                return new Quote(code, new BigDecimal("0.92"));
            case "GBP":
                return new Quote(code, new BigDecimal("1.17"));
            case "JPY":
                return new Quote(code, new BigDecimal("0.0062"));
            case "CHF":
                throw new FeedException("upstream answered 503", null);
            case "SEK":
                return null;
            case "NOK":
                return new Quote(code, new BigDecimal("-0.09"));
            case "DKK":
                return new Quote("USD", new BigDecimal("0.92"));
            case "PLN":
                return new Quote(code, new BigDecimal("0.2300000000000000000000000000000000000001"));
            case "ISK":
                try {
                    Thread.sleep(Long.MAX_VALUE);
                    return null;
                } catch (InterruptedException e) {
                    throw new FeedException("interrupted", e); // the interrupt is swallowed, as careless libraries do
                }
            default:
                Object table = null;
                return new Quote(code, new BigDecimal(table.toString()));
        }
    }
}
