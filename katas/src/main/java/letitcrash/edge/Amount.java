package letitcrash.edge;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * An amount of money as a user typed it, checked at the edge, before it can become state:
 * the real cure for chapter 3's poison. The wallet's own parse took anything
 * {@link BigDecimal} reads: {@code 0.001}, {@code 1e-3}, and {@code 1e999999999}, a number
 * with a billion zeros that takes the wallet's memory when it is put in whole cents.
 */
public final class Amount {

    /** The largest amount accepted: nine digits of euros. */
    public static final BigDecimal MAX = new BigDecimal("999999999.99");

    /** Euros and at most two digits of cents, in ASCII digits: no sign, no exponent, no grouping. */
    private static final Pattern EUROS_AND_CENTS = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,2})?");
    /** Digits with more than two decimals: the poison as most people type it. */
    private static final Pattern FRACTION_OF_A_CENT = Pattern.compile("[0-9]+\\.[0-9]{3,}");

    private Amount() {}

    /**
     * The amount {@code text} names, in whole cents ({@code 12.5} is {@code 12.50}), if it is
     * one: above zero, at most {@link #MAX}, with at most two decimals. Anything else,
     * {@code null} and blanks included, is {@link Checked.Invalid} with the reason.
     */
    public static Checked<BigDecimal> parse(String text) {
        // TODO(kata 8.1): Refuse, with a reason, every text that is not euros and at most two decimals of cents above zero and up to MAX (null, blanks, signs, exponents, a fraction of a cent, too many digits); accept the rest in whole cents.
        throw new letitcrash.KataNotDone("kata 8.1 is not done yet (book: chapter 8, Kata 8.1)");
    }

    /** At most 20 characters of {@code text}, so that a megabyte of input is not echoed back. */
    static String abbreviated(String text) {
        return text.length() <= 20 ? text : text.substring(0, 20) + "... (" + text.length() + " characters)";
    }
}
