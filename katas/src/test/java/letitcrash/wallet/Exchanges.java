package letitcrash.wallet;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.server.GenServer;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;
import letitcrash.task.TaskSupervisor;

/**
 * Test support for chapter 7: an exchange that answers, crashes or hangs by currency, and
 * the wallet's tree, a task supervisor and the wallet under one supervisor.
 */
final class Exchanges {

    private Exchanges() {}

    /** The task supervisor's registered name in these tests. */
    static final String TASKS = "tasks";
    /** How long the tests' wallets wait for a rate: short, since a hang here is certain, not a matter of time. */
    static final Duration LIMIT = Duration.ofMillis(200);

    // tag::exchange[]
    /** USD buys 0.50 each; XXX crashes the exchange; ZZZ never answers. */
    static BigDecimal rate(String currency) throws InterruptedException {
        return switch (currency) {
            case "USD" -> new BigDecimal("0.50");
            case "XXX" -> throw new IllegalStateException("the exchange has no rate for XXX");
            case "ZZZ" -> Proc.receive(BigDecimal.class, answer -> false, GenServer.INFINITY).orElseThrow(); // never answers
            default -> throw new IllegalArgumentException("no such currency: " + currency);
        };
    }
    // end::exchange[]

    /** The wallet converting in a task, waiting {@link #LIMIT} for it. */
    static ExchangeWallet isolated(String name) {
        return new ExchangeWallet(name, Exchanges::rate, TASKS, LIMIT);
    }

    /** The wallet converting in its own process. */
    static ExchangeWallet inline(String name) {
        return new ExchangeWallet(name, Exchanges::rate, null, LIMIT);
    }

    // tag::tree[]
    /** The task supervisor, then the wallet, under one supervisor: if the task supervisor goes, so does the wallet that uses it. */
    static Pid tree(ExchangeWallet wallet) throws InterruptedException {
        return Supervisor.start(Flags.of(Strategy.REST_FOR_ONE), List.of(TaskSupervisor.spec(TASKS), wallet.spec()));
    }
    // end::tree[]
}
