package letitcrash.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import letitcrash.edge.Amount;
import letitcrash.edge.Checked;
import letitcrash.process.Node;
import letitcrash.process.Proc;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;
import letitcrash.task.TaskSupervisor;
import letitcrash.testing.Expect;
import letitcrash.time.ManualClock;
import letitcrash.vendor.FxFeed;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The wallet with its edge checked: an amount that is not money, a rate the feed got wrong,
 * or an amount worth less than a cent is answered NotPaid, and the state stays as it was;
 * money is converted and rounded to whole cents. A property pays generated sequences of
 * payments and checks, after each, that the wallet is the same process and its balance the
 * sum of what it accepted.
 */
@Tag("ch08")
@Tag("kata-8.3")
@DisplayName("Kata 8.3: The wallet's edge")
class CheckedWalletTest {

    private static final Duration LIMIT = Duration.ofMillis(200);

    /** On the manual clock, a payment's wait runs out only when a test moves the clock: none of the good ones does. */
    private final Node node = Node.start(new ManualClock());

    @AfterEach
    void close() {
        node.close();
    }

    static CheckedWallet wallet() {
        return new CheckedWallet("wallet", FxFeed.sandbox(), "tasks", LIMIT);
    }

    /** Starts the wallet's tree, pays 10.00 in, then each of {@code payments}; returns the answers and the balance. */
    static List<Object> paid(List<ExchangeWallet.Pay> payments) throws InterruptedException {
        Supervisor.start(Flags.of(Strategy.REST_FOR_ONE), List.of(TaskSupervisor.spec("tasks"), wallet().spec()));
        var first = Expect.whereis("wallet");
        var answers = new java.util.ArrayList<Object>();
        answers.add(ExchangeWallet.pay(first, "10.00", ExchangeWallet.HOME));
        for (var pay : payments) {
            answers.add(ExchangeWallet.pay(first, pay.amount(), pay.currency()));
        }
        answers.add(Expect.whereis("wallet").equals(first) ? "the same wallet" : "a new wallet");
        answers.add(Wallet.balance(first));
        return answers;
    }

    @Test
    @DisplayName("money is converted at the checked rate and rounded to whole cents, a half cent to the even one")
    void moneyIsPaidIn() throws Exception {
        var answers = node.run(() -> paid(List.of(new ExchangeWallet.Pay("10.00", "USD"), new ExchangeWallet.Pay("100", "JPY"),
                new ExchangeWallet.Pay("0.50", "GBP"), new ExchangeWallet.Pay("1.50", "GBP"))));
        // 0.50 pounds are 0.585 euros and 1.50 pounds 1.755: a half cent goes to the even cent, 0.58 and 1.76
        assertThat(answers).containsExactly(new BigDecimal("10.00"), new BigDecimal("19.20"), new BigDecimal("19.82"),
                new BigDecimal("20.40"), new BigDecimal("22.16"), "the same wallet", new BigDecimal("22.16"));
    }

    @Test
    @DisplayName("the poison and every other amount that is not money are NotPaid, and the balance stays")
    void badAmountsAreNotPaid() throws Exception {
        var bad = List.of("0.001", "1e-3", "1e999999999", "-5", "ten");
        var answers = node.run(() -> paid(bad.stream().map(a -> new ExchangeWallet.Pay(a, ExchangeWallet.HOME)).toList()));
        assertThat(answers.subList(1, 1 + bad.size())).allMatch(answer -> answer instanceof ExchangeWallet.NotPaid, "is NotPaid");
        assertThat(answers.subList(1 + bad.size(), answers.size())).containsExactly("the same wallet", new BigDecimal("10.00"));
    }

    @Test
    @DisplayName("a rate the feed got wrong, or never gave, is NotPaid; so is an amount worth less than a cent in euros")
    void badRatesAreNotPaid() throws Exception {
        var currencies = List.of("CHF", "SEK", "NOK", "DKK", "PLN", "ISK", "XYZ");
        var payments = new java.util.ArrayList<>(currencies.stream().map(c -> new ExchangeWallet.Pay("5.00", c)).toList());
        payments.add(new ExchangeWallet.Pay("0.50", "JPY")); // 0.0031 euros
        List<Object> answers;
        try (var real = Node.start()) { // ISK never answers: the wallet's wait must run out
            answers = real.run(() -> paid(payments));
        }
        assertThat(answers.subList(1, 1 + payments.size())).allSatisfy(answer -> assertThat(answer)
                .isInstanceOf(ExchangeWallet.NotPaid.class));
        assertThat(answers.subList(1 + payments.size(), answers.size())).containsExactly("the same wallet", new BigDecimal("10.00"));
    }
}
