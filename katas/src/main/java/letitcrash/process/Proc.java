package letitcrash.process;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The current process: Elixir's {@code self/0}, {@code send/2} and {@code receive}. The
 * class is not called {@code Process} because {@link java.lang.Process} already is.
 *
 * <p>Every method except {@link #send} must be called from code running in a process
 * (a body given to {@link Node#spawn} or {@link Node#run}); elsewhere it throws
 * {@link IllegalStateException}. Which process is "current" is a {@link ScopedValue}
 * bound for the body's whole run.
 */
public final class Proc {

    static final ScopedValue<Node.Process> CURRENT = ScopedValue.newInstance();

    private Proc() {}

    /** The pid of the calling process. */
    public static Pid self() {
        return current().pid();
    }

    /**
     * Puts {@code message} in {@code to}'s mailbox and returns at once. A message to a
     * process that has ended is dropped without error, as in Erlang.
     */
    public static void send(Pid to, Object message) {
        node().send(to, message);
    }

    /** Takes the oldest message, waiting as long as it takes. */
    public static Object receive() throws InterruptedException {
        return current().mailbox().take();
    }

    /** Takes the oldest message, or empty if none arrives within {@code timeout} on the node's clock. */
    public static Optional<Object> receive(Duration timeout) throws InterruptedException {
        return current().mailbox().poll(timeout);
    }

    /** Takes the oldest message of {@code type}, waiting as long as it takes; others stay in order. */
    public static <T> T receive(Class<T> type) throws InterruptedException {
        return receive(type, message -> true, Duration.ofNanos(Long.MAX_VALUE)).orElseThrow();
    }

    /**
     * Selective receive: takes the oldest message that is a {@code type} and passes
     * {@code filter}, waiting at most {@code timeout} for one; the messages it skips stay
     * in the mailbox in their order.
     */
    public static <T> Optional<T> receive(Class<T> type, Predicate<? super T> filter, Duration timeout)
            throws InterruptedException {
        return current().mailbox().poll(type, filter, timeout);
    }

    private static Node node() {
        return current().node();
    }

    private static Node.Process current() {
        if (!CURRENT.isBound()) {
            throw new IllegalStateException(
                    "this must run inside a process: start one with node.spawn(...) or node.run(...)");
        }
        return CURRENT.get();
    }
}
