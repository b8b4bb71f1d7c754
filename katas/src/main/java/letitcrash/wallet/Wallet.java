package letitcrash.wallet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import letitcrash.process.Pid;
import letitcrash.server.From;
import letitcrash.server.GenServer;
import letitcrash.server.Server;

/**
 * The book's running example from chapter 3 on: a wallet whose balance is the state worth
 * protecting. Payments come in as casts (nobody waits for them), the owner withdraws and
 * asks for the balance with calls, and every change is an {@link Event} that
 * {@link State#apply} folds into the state, so later chapters can journal and replay it.
 *
 * <p>Amounts arrive as the text a user typed ({@code "12.50"}) and are parsed in the
 * server: text that is not a number, or an amount that is not above zero, crashes it (the
 * risky operation). Replies give the balance in whole cents, exactly
 * ({@code setScale(2, UNNECESSARY)}), but a payment is not checked for cents: a payment
 * of {@code "0.001"} goes in without complaint, and from then on every call crashes the
 * wallet with {@code ArithmeticException: Rounding necessary} (the poison value).
 */
public final class Wallet implements Server<Wallet.State> {

    /** A request the wallet understands. */
    public sealed interface Request {}

    /** A payment of {@code amount} into the wallet; sent as a cast. */
    public record Deposit(String amount) implements Request {}

    /** Take {@code amount} out; a call, answered with the balance left or {@link Refused}. */
    public record Withdraw(String amount) implements Request {}

    /** What is in the wallet; a call, answered with the balance. */
    public record Balance() implements Request {}

    /** The answer to a withdrawal larger than the balance: nothing was taken. */
    public record Refused(BigDecimal wanted, BigDecimal balance) {}

    /** What happened to the wallet: what a journal would store. */
    public sealed interface Event {}

    public record Deposited(BigDecimal amount) implements Event {}

    public record Withdrawn(BigDecimal amount) implements Event {}

    /** The state: the balance, and nothing else. */
    public record State(BigDecimal balance) {
        /** The state after {@code event}. */
        public State apply(Event event) {
            return switch (event) {
                case Deposited(BigDecimal amount) -> new State(balance.add(amount));
                case Withdrawn(BigDecimal amount) -> new State(balance.subtract(amount));
            };
        }
    }

    /** Opens with the balance {@code arg}, text such as {@code "10.00"}; {@code null} opens empty. */
    @Override
    public State init(Object arg) {
        return new State(arg == null ? BigDecimal.ZERO.setScale(2) : parse((String) arg));
    }

    @Override
    public CastResult<State> handleCast(Object request, State state) {
        var amount = parse(((Deposit) request).amount());
        return new NoReply<>(state.apply(new Deposited(amount)));
    }

    @Override
    public CallResult<State> handleCall(Object request, From from, State state) {
        return switch ((Request) request) {
            case Balance() -> new Reply<>(inCents(state.balance()), state);
            case Withdraw(String text) -> withdraw(parse(text), state);
            case Deposit deposit -> throw new IllegalArgumentException("a deposit is a cast, not a call: " + deposit);
        };
    }

    private static CallResult<State> withdraw(BigDecimal amount, State state) {
        if (amount.compareTo(state.balance()) > 0) {
            return new Reply<>(new Refused(amount, inCents(state.balance())), state);
        }
        var after = state.apply(new Withdrawn(amount));
        return new Reply<>(inCents(after.balance()), after);
    }

    /** The user's text as an amount: a number above zero, or a crash. */
    static BigDecimal parse(String text) {
        var amount = new BigDecimal(text.strip());
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("an amount must be above zero: " + text);
        }
        return amount;
    }

    /** The balance as money is shown: whole cents, exactly; a fraction of a cent throws. */
    static BigDecimal inCents(BigDecimal balance) {
        return balance.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** Pays {@code amount} into the wallet at {@code wallet}; returns at once. */
    public static void deposit(Pid wallet, String amount) {
        GenServer.cast(wallet, new Deposit(amount));
    }

    /** Takes {@code amount} out; returns the balance left, or {@link Refused}. Call from a process. */
    public static Object withdraw(Pid wallet, String amount) throws InterruptedException {
        return GenServer.call(wallet, new Withdraw(amount));
    }

    /** The balance. Call from a process. */
    public static BigDecimal balance(Pid wallet) throws InterruptedException {
        return (BigDecimal) GenServer.call(wallet, new Balance());
    }
}
