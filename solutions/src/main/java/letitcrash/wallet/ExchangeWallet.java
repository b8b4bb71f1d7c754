package letitcrash.wallet;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import letitcrash.process.Pid;
import letitcrash.server.From;
import letitcrash.server.GenServer;
import letitcrash.task.Task;
import letitcrash.task.TaskResult;
import letitcrash.task.TaskSupervisor;

/**
 * Chapter 7's wallet: the book's {@link Wallet}, which also takes payments in other
 * currencies. A {@link Pay} call parses the amount and asks an exchange for the rate, the
 * wallet's risky work: the exchange is a service outside the wallet, and it can crash or
 * hang for reasons that have nothing to do with the wallet's state. Everything else is the
 * wallet's.
 *
 * <p>It does that work one of two ways. {@link #inline} does it in the wallet's own
 * process, so a crash of the exchange crashes the wallet, and its supervisor starts a new
 * one, empty. {@link #isolated} does it in a task under a task supervisor: a crash or a
 * hang of the exchange gives the caller a {@link NotPaid}, and the wallet keeps its pid and
 * its balance. Neither checks the amount it computes: a payment of {@code 0.001} in the
 * wallet's own currency is as much a poison here as in chapter 3.
 *
 * @param name the name the wallet is registered as
 * @param exchange where rates come from
 * @param tasks the name of the task supervisor the work runs under, or {@code null} to run it inline
 * @param limit how long the wallet waits for the work's result
 */
public record ExchangeWallet(String name, Exchange exchange, String tasks, Duration limit) implements WalletServer {

    /** The wallet's own currency: its rate is 1, whatever the exchange says. */
    public static final String HOME = "EUR";
    /** How long {@link #isolated} waits for a rate, well within a call's 5 s. */
    public static final Duration LIMIT = Duration.ofSeconds(2);

    /** Where the rates come from: a service we do not control, which may throw, or never answer. */
    @FunctionalInterface
    public interface Exchange {
        /** How many of the wallet's euros one unit of {@code currency} buys. */
        BigDecimal rate(String currency) throws Exception;
    }

    /** A payment of {@code amount} in {@code currency}; a call, answered with the balance or {@link NotPaid}. */
    public record Pay(String amount, String currency) {}

    /** The answer to a payment whose conversion failed: nothing was paid in, and {@code why} says what happened. */
    public record NotPaid(String amount, String currency, String why) {
        @Override
        public String toString() {
            return "not paid: " + amount + " " + currency + ", " + why;
        }
    }

    /** A wallet that converts in its own process: what goes wrong in the exchange crashes the wallet. */
    public static ExchangeWallet inline(String name, Exchange exchange) {
        return new ExchangeWallet(name, exchange, null, LIMIT);
    }

    /** A wallet that converts in a task under the task supervisor {@code tasks}, waiting at most {@link #LIMIT}. */
    public static ExchangeWallet isolated(String name, Exchange exchange, String tasks) {
        return new ExchangeWallet(name, exchange, tasks, LIMIT);
    }

    @Override
    public CallResult<Wallet.State> handleCall(Object request, From from, Wallet.State state) throws Exception {
        if (request instanceof Pay pay) {
            return tasks == null ? paid(convert(pay), state) : payInATask(pay, state);
        }
        return WalletServer.super.handleCall(request, from, state);
    }

    // tag::pay-in-a-task[]
    /**
     * Converts {@code pay} in a task, not linked to the wallet, and waits at most
     * {@link #limit} for it: the converted amount paid in, or a {@link NotPaid} that says
     * why not, with the state as it was.
     */
    private CallResult<Wallet.State> payInATask(Pay pay, Wallet.State state) throws Exception {
        // region kata 7.3: Convert so that neither a crash nor a hang of the conversion can touch the wallet: a result within the limit is paid in; a crash, or no result within the limit, answers NotPaid with the state as it was, and leaves no task running.
        Task<BigDecimal> task = TaskSupervisor.asyncNolink(tasks, () -> convert(pay));
        Optional<TaskResult<BigDecimal>> result = task.yield(limit);
        if (result.isEmpty()) {
            result = task.shutdown();
        }
        return switch (result.orElse(null)) {
            case TaskResult.Ok<BigDecimal>(BigDecimal amount) -> paid(amount, state);
            case TaskResult.Exited<BigDecimal>(var reason) -> notPaid(pay, "the conversion failed: " + reason, state);
            case null -> notPaid(pay, "no rate within " + limit.toMillis() + " ms", state);
        };
        // endregion
    }
    // end::pay-in-a-task[]

    /** The amount in the wallet's currency: the wallet's risky work. */
    // tag::convert[]
    BigDecimal convert(Pay pay) throws Exception {
        var amount = Wallet.parse(pay.amount());
        return pay.currency().equals(HOME) ? amount : amount.multiply(exchange.rate(pay.currency()));
    }
    // end::convert[]

    private static CallResult<Wallet.State> paid(BigDecimal amount, Wallet.State state) {
        var after = state.apply(new Wallet.Deposited(amount));
        return new Reply<>(Wallet.inCents(after.balance()), after);
    }

    private static CallResult<Wallet.State> notPaid(Pay pay, String why, Wallet.State state) {
        return new Reply<>(new NotPaid(pay.amount(), pay.currency(), why), state);
    }

    /** Pays {@code amount} in {@code currency} into the wallet at {@code wallet}: the balance, or {@link NotPaid}. Call from a process. */
    public static Object pay(Pid wallet, String amount, String currency) throws InterruptedException {
        return GenServer.call(wallet, new Pay(amount, currency));
    }
}
