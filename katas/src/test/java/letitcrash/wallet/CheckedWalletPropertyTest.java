package letitcrash.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import letitcrash.edge.Amount;
import letitcrash.edge.Checked;
import letitcrash.process.Node;
import letitcrash.wallet.ExchangeWallet.Pay;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import net.jqwik.api.constraints.Size;

/**
 * Kata 8.3's property: generated sequences of payments, money or not, in every currency of
 * the vendor's sandbox but the one that hangs; after each sequence the wallet must be the
 * same process and hold exactly the money it accepted. Each try runs a node of its own.
 */
@Tag("ch08")
@Tag("kata-8.3")
@Label("Kata 8.3: the wallet's edge, under generated payments")
class CheckedWalletPropertyTest {

    /** A payment: an amount, money or not, in a currency of the sandbox (ISK hangs, and is left to the example test). */
    @Provide
    Arbitrary<ExchangeWallet.Pay> payments() {
        var amounts = Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("5000")).ofScale(2).map(BigDecimal::toPlainString),
                Arbitraries.bigDecimals().between(new BigDecimal("0.0001"), new BigDecimal("50")).ofScale(4).map(BigDecimal::toPlainString),
                Arbitraries.of("0.001", "1e-3", "-1", "0", "ten", "1e999999999", "", "12,50"));
        var currencies = Arbitraries.of("EUR", "USD", "GBP", "JPY", "CHF", "SEK", "NOK", "DKK", "PLN", "XYZ");
        return Combinators.combine(amounts, currencies).as(ExchangeWallet.Pay::new);
    }

    private static final Map<String, BigDecimal> GOOD_RATES = Map.of("EUR", BigDecimal.ONE, "USD", new BigDecimal("0.92"),
            "GBP", new BigDecimal("1.17"), "JPY", new BigDecimal("0.0062"));

    // tag::wallet-property[]
    @Property(tries = 100, seed = "8")
    @Label("whatever is paid, the wallet stays the same process and holds exactly the money it accepted")
    void theStateStaysMoney(@ForAll @Size(max = 12) List<@From("payments") Pay> payments) throws Exception {
        try (var own = Node.start()) {
            var answers = own.run(() -> CheckedWalletTest.paid(payments));
            var expected = new BigDecimal("10.00");
            for (var pay : payments) {
                if (Amount.parse(pay.amount()) instanceof Checked.Valid<BigDecimal>(BigDecimal amount) && GOOD_RATES.containsKey(pay.currency())) {
                    var euros = amount.multiply(GOOD_RATES.get(pay.currency())).setScale(2, RoundingMode.HALF_EVEN);
                    expected = euros.signum() > 0 ? expected.add(euros) : expected;
                }
            }
            assertThat(answers.subList(answers.size() - 2, answers.size())).as("after %s", payments)
                    .containsExactly("the same wallet", expected);
        }
    }
    // end::wallet-property[]
}
