package letitcrash.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Kata 8.1's properties: generated text thrown at the edge, thousands of times, with a fixed
 * seed so that every run tries the same (QuickTheories). No accepted value may break the
 * wallet's rule: above zero, whole cents, at most {@link Amount#MAX}. A failure shows the
 * smallest text it found that breaks it.
 */
@Tag("ch08")
@Tag("kata-8.1")
@DisplayName("Kata 8.1: the amount's edge, under generated input")
class AmountPropertyTest {

    private static final long SEED = 8;

    // tag::amount-property[]
    /** Text that looks like a number: a sign or none, digits, perhaps a point and more digits, perhaps an exponent. */
    static Gen<String> numbers() {
        var sign = Generate.pick(java.util.List.of("", "", "-", "+"));
        var digits = integers().between(0, Integer.MAX_VALUE).map(n -> Integer.toString(n % (n % 7 == 0 ? 10 : 1_000_000_000)));
        var fraction = integers().between(0, 6).zip(integers().between(0, 999_999),
                (places, value) -> places == 0 ? "" : "." + String.format("%06d", value).substring(0, places));
        var exponent = Generate.pick(java.util.List.of("", "", "", "e-3", "E+2", "e9", "e999999999", "e-1"));
        return sign.zip(digits, fraction, exponent, (s, d, f, e) -> s + d + f + e);
    }

    @Test
    @DisplayName("whatever number is typed, an accepted amount is above zero, whole cents, and at most MAX")
    void anAcceptedNumberIsMoney() {
        qt().withFixedSeed(SEED).withExamples(5_000).forAll(numbers()).checkAssert(text -> {
            if (Amount.parse(text) instanceof Checked.Valid<BigDecimal>(BigDecimal amount)) {
                assertThat(amount.signum()).as("the sign of %s, from \"%s\"", amount, text).isPositive();
                assertThat(amount.scale()).as("the scale of %s, from \"%s\"", amount, text).isEqualTo(2);
                assertThat(amount).as("%s, from \"%s\"", amount, text).isLessThanOrEqualTo(Amount.MAX);
            }
        });
    }
    // end::amount-property[]

    @Test
    @DisplayName("whatever text is typed, the edge answers, and an accepted amount is money")
    void anyTextIsAnsweredSafely() {
        qt().withFixedSeed(SEED).withExamples(5_000).forAll(strings().allPossible().ofLengthBetween(0, 24)).checkAssert(text -> {
            var checked = Amount.parse(text);
            assertThat(checked).isNotNull();
            if (checked instanceof Checked.Valid<BigDecimal>(BigDecimal amount)) {
                assertThat(amount.signum()).isPositive();
                assertThat(amount.scale()).isEqualTo(2);
            }
        });
    }
}
