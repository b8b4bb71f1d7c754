package letitcrash.wallet;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.server.CallExit;
import letitcrash.server.GenServer;
import letitcrash.supervisor.Supervisor;
import letitcrash.testing.Approved;
import letitcrash.testing.Expect;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The same payments to the wallet that converts inline and to the one that converts in a
 * task, side by side: a crash of the exchange empties the first and not the second, and a
 * hang leaves the first stuck for good, which no supervisor notices.
 */
@Tag("ch07")
@DisplayName("Chapter 7: the risky work inline and in a task")
class IsolationTest {

    private static final Duration CALL = Duration.ofMillis(500);

    @AutoClose
    private final Node node = Node.start();

    // tag::side-by-side[]
    /** Each line of the run, for one wallet: what it answered, and which process answered. */
    private static List<String> run(ExchangeWallet wallet) throws Exception {
        var lines = new ArrayList<String>();
        var tree = Exchanges.tree(wallet);
        var first = Expect.whereis(wallet.name());
        lines.add(ask(new ExchangeWallet.Pay("12.50", "EUR"), first));
        lines.add(ask(new ExchangeWallet.Pay("5.00", "XXX"), first)); // the exchange crashes
        Supervisor.countChildren(tree); // the supervisor has dealt with what happened
        lines.add(ask(new Wallet.Balance(), first));
        lines.add(ask(new ExchangeWallet.Pay("5.00", "ZZZ"), first)); // the exchange hangs
        lines.add(ask(new Wallet.Balance(), first));
        return lines;
    }
    // end::side-by-side[]

    /** Calls the wallet now registered, and says what came back and whether it is still {@code first}. */
    private static String ask(Object request, Pid first) throws InterruptedException {
        var wallet = Expect.whereis("wallet");
        var who = wallet.equals(first) ? "" : " (from a new wallet " + wallet + ")";
        try {
            return GenServer.call(wallet, request, CALL) + who;
        } catch (CallExit exit) {
            return "the call exited: " + exit.why() + who;
        }
    }

    @Test
    @DisplayName("inline, a crash empties the wallet and a hang leaves it stuck; in a task, it keeps its pid and its balance")
    void inlineAndInATask() throws Exception {
        var requests = List.of("pay 12.50 EUR", "pay 5.00 XXX (the exchange crashes)", "balance",
                "pay 5.00 ZZZ (the exchange hangs)", "balance");
        var inline = node.run(() -> run(Exchanges.inline("wallet")));
        try (var other = Node.start()) {
            var isolated = other.run(() -> run(Exchanges.isolated("wallet")));
            var text = new StringBuilder();
            for (int i = 0; i < requests.size(); i++) {
                text.append(requests.get(i)).append('\n')
                        .append("  inline:    ").append(inline.get(i)).append('\n')
                        .append("  in a task: ").append(isolated.get(i)).append('\n');
            }
            Approved.verify(text.toString());
        }
    }
}
