package letitcrash.wallet;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.ProcessEvent.Spawned;
import letitcrash.testing.Approved;
import letitcrash.testing.Expect;
import letitcrash.testing.SequenceDiagram;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Chapter 7's pictures, drawn from runs: one payment to the isolated wallet whose
 * conversion crashes, and one whose conversion hangs. Each is the chain of cause and
 * effect from the call to its answer; the monitors and aliases are left out, since their
 * refs are numbered in an order that races, and the task supervisor's own notes of the
 * task's end are left out too.
 */
@Tag("ch07")
@DisplayName("Chapter 7's pictures, drawn from runs")
class TaskPictureTest {

    @AutoClose
    private final Node node = Node.start();

    /** Payments made from the caller's process. */
    @FunctionalInterface
    interface Payments {
        void make(Pid wallet) throws InterruptedException;
    }

    /**
     * The sequence of {@code payments} to the wallet registered as {@code wallet}, beside the
     * task supervisor {@code tasks}, once {@code tree} has started them, from the first
     * call to the last answer: the caller, the wallet, the task supervisor and the task, less
     * the events that {@code races} says race with that chain.
     */
    static String drawn(Node node, Callable<Pid> tree, String tasks, Payments payments, Predicate<String> races) throws Exception {
        return node.run(() -> {
            tree.call();
            var wallet = Expect.whereis("wallet");
            int from = node.trace().events().size();
            node.trace().recordMessages(true);
            payments.make(wallet);
            node.trace().recordMessages(false);
            var all = node.trace().events(); // one copy: a task ending after the answer may still record
            var events = all.subList(from, all.size());
            var names = new HashMap<>(Map.of(Proc.self().toString(), "caller", wallet.toString(), "wallet",
                    Expect.whereis(tasks).toString(), "task supervisor"));
            events.stream().filter(Spawned.class::isInstance).map(e -> ((Spawned) e).child().toString())
                    .forEach(task -> names.putIfAbsent(task, "task"));
            return SequenceDiagram.of(SequenceDiagram.causal(events, races), names);
        });
    }

    /** The sequence of one payment in {@code currency} to the isolated wallet, from the call to its answer. */
    private String payment(String currency) throws Exception {
        return drawn(node, () -> Exchanges.tree(Exchanges.isolated("wallet")), Exchanges.TASKS,
                wallet -> ExchangeWallet.pay(wallet, "5.00", currency), line -> false);
    }

    @Test
    @DisplayName("the exchange crashes: the task ends, its DOWN reaches the wallet, and the caller is answered NotPaid")
    void theExchangeCrashes() throws Exception {
        Approved.verify(payment("XXX"));
    }

    @Test
    @DisplayName("the exchange hangs: the wallet's wait ends, it shuts the task down, and the caller is answered NotPaid")
    void theExchangeHangs() throws Exception {
        String diagram = payment("ZZZ");
        // What the trace cannot show, since nothing happens in it: the wallet waiting out its limit.
        Approved.verify(diagram.replaceFirst("(?m)^(\\S+ -\\[#red]->> \\S+ : exit signal shutdown)",
                "... " + Exchanges.LIMIT.toMillis() + " ms and no result ...\n$1"));
    }
}
