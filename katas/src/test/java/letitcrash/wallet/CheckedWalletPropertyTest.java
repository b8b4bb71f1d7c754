package letitcrash.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.bigDecimals;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import letitcrash.edge.Amount;
import letitcrash.edge.Checked;
import letitcrash.process.Node;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Kata 8.3's property: generated sequences of payments, money or not, in every currency of
 * the vendor's sandbox but the one that hangs; after each sequence the wallet must be the
 * same process and hold exactly the money it accepted. Each example runs a node of its own,
 * with a fixed seed, so that every run tries the same sequences.
 */
@Tag("ch08")
@Tag("kata-8.3")
@DisplayName("Kata 8.3: the wallet's edge, under generated payments")
class CheckedWalletPropertyTest {

    private static final Map<String, BigDecimal> GOOD_RATES = Map.of("EUR", BigDecimal.ONE, "USD", new BigDecimal("0.92"),
            "GBP", new BigDecimal("1.17"), "JPY", new BigDecimal("0.0062"));

    /** A payment: an amount, money or not, in a currency of the sandbox (ISK hangs, and is left to the example tests). */
    static Gen<ExchangeWallet.Pay> payments() {
        var amounts = Generate.oneOf(
                bigDecimals().ofBytes(3).withScale(2).map(d -> d.abs().toPlainString()),
                bigDecimals().ofBytes(2).withScale(4).map(d -> d.abs().toPlainString()),
                Generate.pick(List.of("0.001", "1e-3", "-1", "0", "ten", "1e999999999", "", "12,50")));
        var currencies = Generate.pick(List.of("EUR", "USD", "GBP", "JPY", "CHF", "SEK", "NOK", "DKK", "PLN", "XYZ"));
        return amounts.zip(currencies, ExchangeWallet.Pay::new);
    }

    /** What the wallet should hold after 10.00 and {@code payments}: the money it can accept, converted and rounded. */
    static BigDecimal expected(List<ExchangeWallet.Pay> payments) {
        var expected = new BigDecimal("10.00");
        for (var pay : payments) {
            if (Amount.parse(pay.amount()) instanceof Checked.Valid<BigDecimal>(BigDecimal amount) && GOOD_RATES.containsKey(pay.currency())) {
                var euros = amount.multiply(GOOD_RATES.get(pay.currency())).setScale(2, RoundingMode.HALF_EVEN);
                expected = euros.signum() > 0 ? expected.add(euros) : expected;
            }
        }
        return expected;
    }

    // tag::wallet-property[]
    @Test
    @DisplayName("whatever is paid, the wallet stays the same process and holds exactly the money it accepted")
    void theStateStaysMoney() {
        // At most 100 tries to shrink a failing sequence (QuickTheories' default is 100,000): each runs a node.
        qt().withFixedSeed(8).withExamples(100).withShrinkCycles(100).forAll(lists().of(payments()).ofSizeBetween(0, 12)).checkAssert(payments -> {
            try (var node = Node.start(new ManualClock())) { // no payment here hangs: on the manual clock none runs out of time
                var answers = node.run(() -> CheckedWalletTest.paid(payments));
                assertThat(answers.subList(answers.size() - 2, answers.size())).as("after %s", payments)
                        .containsExactly("the same wallet", expected(payments));
            } catch (Exception failed) {
                throw new AssertionError("the payments " + payments + " failed the run", failed);
            }
        });
    }
    // end::wallet-property[]
}
