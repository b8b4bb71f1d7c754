package letitcrash.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import letitcrash.process.Node;
import letitcrash.task.TaskSupervisor;
import letitcrash.vendor.FxFeed;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the vendor's feed answers, checked before it is trusted: a missing quote, a quote
 * for another currency, and a rate that is missing, not above zero, absurdly high or
 * absurdly precise are each refused with a reason; a good rate passes unchanged.
 */
@Tag("ch08")
@Tag("kata-8.2")
@DisplayName("Kata 8.2: Trust nothing the library answers")
class QuoteCheckTest {

    @AutoClose
    private final Node node = Node.start();

    static Stream<Arguments> badQuotes() {
        return Stream.of(
                Arguments.of(null, "no quote"),
                Arguments.of(new FxFeed.Quote("USD", new BigDecimal("0.92")), "a quote for another currency"),
                Arguments.of(new FxFeed.Quote(null, new BigDecimal("0.92")), "a quote for no currency"),
                Arguments.of(new FxFeed.Quote("GBP", null), "no rate"),
                Arguments.of(new FxFeed.Quote("GBP", new BigDecimal("-0.09")), "a negative rate"),
                Arguments.of(new FxFeed.Quote("GBP", BigDecimal.ZERO), "a zero rate"),
                Arguments.of(new FxFeed.Quote("GBP", new BigDecimal("10000.01")), "a rate above HIGHEST"),
                Arguments.of(new FxFeed.Quote("GBP", new BigDecimal("1e9")), "a rate of a billion"),
                Arguments.of(new FxFeed.Quote("GBP", new BigDecimal("0.2300000000000000000000000000000000000001")), "40 decimals"),
                Arguments.of(new FxFeed.Quote("GBP", new BigDecimal("1.1700001")), "7 decimals"));
    }

    @ParameterizedTest(name = "{1} is refused")
    @MethodSource("badQuotes")
    @DisplayName("a quote that cannot be a rate for GBP is refused, with a reason")
    void badQuotesAreRefused(FxFeed.Quote quote, String what) {
        assertThat(SafeRates.checked(quote, "GBP")).as(what)
                .isInstanceOfSatisfying(Checked.Invalid.class, invalid -> assertThat(invalid.why()).isNotBlank());
    }

    @Test
    @DisplayName("a good rate passes unchanged: trailing zeros (even past the sixth decimal), small rates and the highest included")
    void goodRatesPass() {
        for (var rate : List.of("1.17", "1.170000", "1.17000000", "0.0062", "0.000001", "0.00000100", "10000", "1E+4")) {
            assertThat(SafeRates.checked(new FxFeed.Quote("GBP", new BigDecimal(rate)), "GBP")).as(rate)
                    .isEqualTo(new Checked.Valid<>(new BigDecimal(rate)));
        }
    }

    @Test
    @DisplayName("every currency of the vendor's sandbox gives a checked answer within the limit, the hang and the throws included")
    void theSandboxIsAnsweredSafely() throws Exception {
        var answers = node.run(() -> {
            TaskSupervisor.startLink("tasks");
            var feed = FxFeed.sandbox();
            return Stream.of("USD", "JPY", "CHF", "SEK", "NOK", "DKK", "PLN", "ISK", "XYZ")
                    .map(currency -> {
                        try {
                            return currency + " " + SafeRates.rate(feed, currency, "tasks", Duration.ofMillis(200));
                        } catch (InterruptedException e) {
                            throw new IllegalStateException(e);
                        }
                    }).toList();
        });
        assertThat(answers.subList(0, 2)).containsExactly("USD {ok, 0.92}", "JPY {ok, 0.0062}");
        assertThat(answers.subList(2, answers.size())).allMatch(answer -> answer.contains("{error, "), "is refused");
    }
}
