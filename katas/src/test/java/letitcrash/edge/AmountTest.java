package letitcrash.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The amount at the edge: euros and at most two decimals, above zero, nine digits at most,
 * or a refusal with a reason. The examples are the mistakes a parse lets through;
 * {@link AmountPropertyTest} throws generated text at it.
 */
@Tag("ch08")
@Tag("kata-8.1")
@DisplayName("Kata 8.1: Check the amount at the edge")
class AmountTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {"12.50|12.50", "12.5|12.50", "7|7.00", "0.01|0.01", "' 12.50 '|12.50",
        "999999999.99|999999999.99"})
    @DisplayName("ordinary amounts are accepted, in whole cents")
    void ordinaryAmounts(String text, String cents) {
        assertThat(Amount.parse(text)).isEqualTo(new Checked.Valid<>(new BigDecimal(cents)));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"0.001", "1e-3", "1E-3", "0.0010", "10.001", "-5.00", "-0.01", "0", "0.00", "1e999999999",
        "1E+3", "1000000000", "ten", "12,50", "1 000", "", "   ", "+5", "0x10", "NaN", "12.50 EUR", "١٢"})
    @DisplayName("what must not become state is refused, with a reason")
    void badAmounts(String text) {
        assertThat(Amount.parse(text)).as("Amount.parse(\"%s\")", text)
                .isInstanceOfSatisfying(Checked.Invalid.class, invalid -> assertThat(invalid.why()).isNotBlank());
    }

    @ParameterizedTest
    @NullSource
    @DisplayName("no amount at all is refused, not a NullPointerException")
    void noAmount(String text) {
        assertThat(Amount.parse(text)).isInstanceOf(Checked.Invalid.class);
    }
}
