package letitcrash.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.math.BigDecimal;
import java.util.List;
import letitcrash.process.Node;
import letitcrash.server.CallExit;
import letitcrash.server.GenServer;
import letitcrash.server.Server;
import letitcrash.supervisor.ChildSpec;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;
import letitcrash.task.TaskSupervisor;
import letitcrash.testing.BookTable;
import letitcrash.testing.Expect;
import letitcrash.vendor.FxFeed;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The vendor's feed behind chapter 7's wallet, which runs it in a task and trusts its
 * answer, and behind chapter 8's, which checks it: for each currency of the sandbox, a
 * wallet holding 10.00 is paid 10.00 in that currency, and the table shows what it answered
 * and what it held afterwards.
 */
@Tag("ch08")
@DisplayName("Chapter 8: the vendor's feed, trusted and checked")
class DefensiveTest {

    private static final Duration LIMIT = Duration.ofMillis(200);

    // tag::trusting-exchange[]
    /** How chapter 7's wallet uses the feed: in a task, but trusting whatever it answers. */
    static ExchangeWallet trusting(FxFeed feed) {
        return new ExchangeWallet("wallet", currency -> feed.quote(currency).rate(), Exchanges.TASKS, LIMIT);
    }
    // end::trusting-exchange[]

    /** Pays 10.00, then 10.00 in {@code currency}, into a new wallet of {@code server}'s kind; what it answered, and then held. */
    static String payTen(Server<Wallet.State> server, String currency) throws Exception {
        try (var node = Node.start()) {
            return node.run(() -> {
                var tree = Supervisor.start(Flags.of(Strategy.REST_FOR_ONE), List.of(TaskSupervisor.spec(Exchanges.TASKS),
                        ChildSpec.worker("wallet", () -> GenServer.startLink(server, null, "wallet"))));
                var first = Expect.whereis("wallet");
                ExchangeWallet.pay(first, "10.00", ExchangeWallet.HOME);
                String answer;
                try {
                    answer = String.valueOf(ExchangeWallet.pay(first, "10.00", currency));
                } catch (CallExit crashed) {
                    answer = "crashed: " + crashed.why();
                }
                Supervisor.countChildren(tree); // answered once it has restarted a crashed wallet
                var now = Expect.whereis("wallet");
                return answer + "; holds " + Wallet.balance(now) + (now.equals(first) ? "" : " (a new wallet)");
            });
        }
    }

    @Test
    @DisplayName("each currency of the sandbox, into the trusting wallet and into the checked one")
    void trustedAndChecked() throws Exception {
        var feed = FxFeed.sandbox();
        var what = List.of(List.of("USD", "a good quote, 0.92"), List.of("JPY", "a good quote, 0.0062"),
                List.of("CHF", "throws FeedException"), List.of("SEK", "returns null"), List.of("NOK", "a negative rate"),
                List.of("DKK", "a quote for USD"), List.of("PLN", "a rate with 40 decimals"), List.of("ISK", "never returns"),
                List.of("XYZ", "a NullPointerException inside"));
        var rows = new ArrayList<List<?>>();
        for (var row : what) {
            var currency = row.get(0);
            rows.add(List.of(currency, row.get(1), payTen(trusting(feed), currency),
                    payTen(new CheckedWallet("wallet", feed, Exchanges.TASKS, LIMIT), currency)));
        }
        assertThat(rows).allSatisfy(row -> assertThat((String) row.get(3)).doesNotContain("crashed", "new wallet"));
        BookTable.verify("1,2,4,4", List.of("currency", "the feed", "chapter 7: in a task, trusted", "chapter 8: in a task, checked"), rows);
    }

    @Test
    @DisplayName("a deposit cast that is not money is refused and recorded; the balance stays")
    void aBadDepositCastIsRefused() throws Exception {
        try (var own = Node.start()) {
            var seen = own.run(() -> {
                Supervisor.start(Flags.of(Strategy.REST_FOR_ONE), List.of(TaskSupervisor.spec(Exchanges.TASKS),
                        new CheckedWallet("wallet", FxFeed.sandbox(), Exchanges.TASKS, LIMIT).spec()));
                var wallet = Expect.whereis("wallet");
                Wallet.deposit(wallet, "10.00");
                Wallet.deposit(wallet, "0.001");
                return List.of(Wallet.balance(wallet), own.trace().lines().stream().filter(l -> l.contains("refused")).toList());
            });
            assertThat(seen.get(0)).isEqualTo(new BigDecimal("10.00"));
            assertThat(seen.get(1)).asList().singleElement().asString().contains("refused").contains("0.001");
        }
    }
}
