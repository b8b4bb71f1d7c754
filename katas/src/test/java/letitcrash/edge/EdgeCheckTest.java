package letitcrash.edge;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Kata 8.4: our own check of an edge, run five times. It must pass the book's edge, and
 * fail four others: one that checks the sign but not the cents, one that checks sign and
 * cents but not the size, one that lets money in with its cents cut off, and one that
 * refuses everything.
 */
@Tag("ch08")
@Tag("kata-8.4")
@DisplayName("Kata 8.4: Break it: find the hole in an edge")
class EdgeCheckTest {

    // tag::flawed-edges[]
    /** Chapter 3's parse, with a refusal instead of a crash: the sign is checked, the cents are not. */
    static final Function<String, Checked<BigDecimal>> SIGN_ONLY = text -> {
        try {
            var amount = new BigDecimal(text.strip());
            return amount.signum() > 0 ? Checked.valid(amount) : Checked.invalid("not above zero");
        } catch (RuntimeException notANumber) {
            return Checked.invalid("not a number");
        }
    };

    /** The sign and the cents, but not the size: 1e999999999 has no decimals at all. */
    static final Function<String, Checked<BigDecimal>> SIGN_AND_CENTS = text -> {
        try {
            var amount = new BigDecimal(text.strip());
            return amount.signum() > 0 && amount.scale() <= 2 ? Checked.valid(amount) : Checked.invalid("not money");
        } catch (RuntimeException notANumber) {
            return Checked.invalid("not a number");
        }
    };
    // end::flawed-edges[]

    /** The book's edge, but what it lets in loses its cents: 12.50 comes back as 12. */
    static final Function<String, Checked<BigDecimal>> DROPS_THE_CENTS = text ->
            Amount.parse(text) instanceof Checked.Valid<BigDecimal>(BigDecimal amount)
                    ? Checked.valid(amount.setScale(0, RoundingMode.DOWN))
                    : Amount.parse(text);

    @Test
    @DisplayName("our check passes the book's edge, Amount.parse")
    void itPassesTheBooksEdge() {
        assertThatCode(() -> EdgeCheck.refusesBadAmounts(Amount::parse)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("our check fails an edge that checks the sign but not the cents")
    void itFailsSignOnly() {
        assertThatThrownBy(() -> EdgeCheck.refusesBadAmounts(SIGN_ONLY)).isInstanceOf(AssertionError.class);
    }

    @Test
    @DisplayName("our check fails an edge that checks sign and cents but not the size")
    void itFailsSignAndCents() {
        assertThatThrownBy(() -> EdgeCheck.refusesBadAmounts(SIGN_AND_CENTS)).isInstanceOf(AssertionError.class);
    }

    @Test
    @DisplayName("our check fails an edge that changes an ordinary amount: 12.50 comes back as 12")
    void itFailsDropsTheCents() {
        assertThatThrownBy(() -> EdgeCheck.refusesBadAmounts(DROPS_THE_CENTS)).isInstanceOf(AssertionError.class);
    }

    @Test
    @DisplayName("our check fails an edge that refuses everything: a wallet that takes no money is not safe, only useless")
    void itFailsRefuseAll() {
        assertThatThrownBy(() -> EdgeCheck.refusesBadAmounts(text -> Checked.invalid("no"))).isInstanceOf(AssertionError.class);
    }
}
