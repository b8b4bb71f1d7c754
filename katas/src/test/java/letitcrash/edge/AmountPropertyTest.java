package letitcrash.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Kata 8.1's properties (jqwik): generated text thrown at the edge, thousands of times,
 * with a fixed seed so that every run tries the same. No accepted value may break the
 * wallet's rule: above zero, whole cents, at most {@link Amount#MAX}.
 */
@Tag("ch08")
@Tag("kata-8.1")
@Label("Kata 8.1: the amount's edge, under generated input")
class AmountPropertyTest {

    // tag::amount-property[]
    /** Text that looks like a number: a sign or none, digits, perhaps a point and more digits, perhaps an exponent. */
    @Provide
    Arbitrary<String> numbers() {
        var sign = Arbitraries.of("", "", "-", "+");
        var digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12);
        var fraction = Arbitraries.strings().numeric().ofMaxLength(6).map(f -> f.isEmpty() ? "" : "." + f);
        var exponent = Arbitraries.of("", "", "", "e-3", "E+2", "e9", "e999999999", "e-1");
        return Combinators.combine(sign, digits, fraction, exponent).as((s, d, f, e) -> s + d + f + e);
    }

    @Property(tries = 2_000, seed = "8")
    @Label("whatever number is typed, an accepted amount is above zero, whole cents, and at most MAX")
    void anAcceptedNumberIsMoney(@ForAll("numbers") String text) {
        if (Amount.parse(text) instanceof Checked.Valid<BigDecimal>(BigDecimal amount)) {
            assertThat(amount.signum()).as("the sign of %s, from \"%s\"", amount, text).isPositive();
            assertThat(amount.scale()).as("the scale of %s, from \"%s\"", amount, text).isEqualTo(2);
            assertThat(amount).as("%s, from \"%s\"", amount, text).isLessThanOrEqualTo(Amount.MAX);
        }
    }
    // end::amount-property[]

    @Property(tries = 2_000, seed = "8")
    @Label("whatever text is typed, the edge answers, and an accepted amount is money")
    void anyTextIsAnsweredSafely(@ForAll String text) {
        var checked = Amount.parse(text);
        assertThat(checked).isNotNull();
        if (checked instanceof Checked.Valid<BigDecimal>(BigDecimal amount)) {
            assertThat(amount.signum()).isPositive();
            assertThat(amount.scale()).isEqualTo(2);
        }
    }
}
