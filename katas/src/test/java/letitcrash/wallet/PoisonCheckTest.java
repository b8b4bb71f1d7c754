package letitcrash.wallet;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Proc;
import letitcrash.server.From;
import letitcrash.server.GenServer;
import letitcrash.server.Server;
import letitcrash.supervisor.ChildSpec;
import letitcrash.task.TaskSupervisor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Kata 7.4: our own check, run twice. Against the wallet that converts in a task it must
 * fail, because a task keeps crashes and hangs away from the wallet, not bad values; against
 * a wallet that refuses a fraction of a cent before it becomes state (chapter 8's remedy, in
 * miniature) it must pass. A check that always fails, or never, does not pass the kata.
 */
@Tag("ch07")
@Tag("kata-7.4")
@DisplayName("Kata 7.4: Break it: what a task does not fix")
class PoisonCheckTest {

    @AutoClose
    private final Node node = Node.start();

    /** The isolated wallet, and a refusal of amounts below a cent before they reach it. */
    record CheckedWallet(ExchangeWallet wallet) implements Server<Wallet.State> {
        @Override
        public Wallet.State init(Object arg) {
            return wallet.init(arg);
        }

        @Override
        public CallResult<Wallet.State> handleCall(Object request, From from, Wallet.State state) throws Exception {
            if (request instanceof ExchangeWallet.Pay pay && new BigDecimal(pay.amount()).stripTrailingZeros().scale() > 2) {
                return new Reply<>(new ExchangeWallet.NotPaid(pay.amount(), pay.currency(), "less than a cent"), state);
            }
            return wallet.handleCall(request, from, state);
        }

        @Override
        public CastResult<Wallet.State> handleCast(Object request, Wallet.State state) {
            return wallet.handleCast(request, state);
        }
    }

    /** Crashes on a fraction of a cent before it changes anything, and comes back with the balance it had. */
    record Recovering(ExchangeWallet wallet, AtomicReference<Wallet.State> kept) implements Server<Wallet.State> {
        @Override
        public Wallet.State init(Object arg) {
            return kept.get() != null ? kept.get() : wallet.init(arg);
        }

        @Override
        public CallResult<Wallet.State> handleCall(Object request, From from, Wallet.State state) throws Exception {
            if (request instanceof ExchangeWallet.Pay pay && new BigDecimal(pay.amount()).stripTrailingZeros().scale() > 2) {
                throw new ArithmeticException("less than a cent");
            }
            var result = wallet.handleCall(request, from, state);
            if (result instanceof Reply<Wallet.State>(Object value, Wallet.State next)) {
                kept.set(next);
            }
            return result;
        }

        @Override
        public CastResult<Wallet.State> handleCast(Object request, Wallet.State state) {
            return wallet.handleCast(request, state);
        }
    }

    /** A server that takes a second to stop. */
    record SlowToStop() implements Server<Object> {
        @Override
        public Object init(Object arg) {
            Proc.trapExits(true);
            return "";
        }

        @Override
        public void terminate(ExitReason reason, Object state) throws InterruptedException {
            Proc.receive(String.class, never -> false, Duration.ofSeconds(1));
        }
    }

    @Test
    @DisplayName("our check passes a wallet that crashes on the poison but comes back whole: it must wait for the restart")
    void theCheckPassesAWalletThatComesBackWhole() {
        var recovering = new Recovering(Exchanges.isolated("wallet"), new AtomicReference<>());
        // A sibling after the wallet, which rest-for-one stops before it restarts the wallet, and which takes
        // a second to stop: a check that does not wait for the restart finds no wallet in that time.
        var slowToStop = ChildSpec.worker("slow to stop", () -> GenServer.startLink(new SlowToStop(), null));
        var tree = List.of(TaskSupervisor.spec(Exchanges.TASKS),
                ChildSpec.worker("wallet", () -> GenServer.startLink(recovering, null, "wallet")), slowToStop);
        assertThatCode(() -> node.run(() -> {
            PoisonCheck.aPoisonStaysOut("wallet", tree);
            return null;
        })).as("the check, against a wallet that crashes on 0.001 and restarts with its 10.00").doesNotThrowAnyException();
    }

    // tag::poison-check-test[]
    @Test
    @DisplayName("our check fails against the wallet that converts in a task")
    void theCheckRefutesTheTask() {
        var tree = List.of(TaskSupervisor.spec(Exchanges.TASKS), Exchanges.isolated("wallet").spec());
        assertThatThrownBy(() -> node.run(() -> {
            PoisonCheck.aPoisonStaysOut("wallet", tree);
            return null;
        })).as("the check, against a wallet that lets 0.001 in").isInstanceOf(AssertionError.class);
    }

    @Test
    @DisplayName("our check passes against a wallet that refuses a fraction of a cent")
    void theCheckPassesACheckedWallet() {
        var checked = new CheckedWallet(Exchanges.isolated("wallet"));
        var tree = List.of(TaskSupervisor.spec(Exchanges.TASKS),
                ChildSpec.worker("wallet", () -> GenServer.startLink(checked, null, "wallet")));
        assertThatCode(() -> node.run(() -> {
            PoisonCheck.aPoisonStaysOut("wallet", tree);
            return null;
        })).as("the check, against a wallet that keeps 0.001 out").doesNotThrowAnyException();
    }
    // end::poison-check-test[]
}
