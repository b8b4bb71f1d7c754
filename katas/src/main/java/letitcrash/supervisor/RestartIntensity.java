package letitcrash.supervisor;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A supervisor's one list of restart times, shared by all its children, and the check OTP's
 * {@code add_restart} makes before every restart: the new restart is counted first, and the
 * supervisor may go on only if at most {@code maxRestarts} restarts lie inside the window.
 *
 * <p>Time is counted in whole seconds of the node's monotonic clock (rounded down, also below
 * zero), and the window is inclusive, as in OTP: a restart at second S still counts at second
 * S + maxSeconds. So the real window lies between maxSeconds and maxSeconds + 1 seconds,
 * depending on where in their seconds the restarts fall. What that means for a crash loop is
 * {@link #restartsForEverFrom} and {@link #givesUpUpTo}.
 *
 * <p>While fewer than maxRestarts times are kept, a new restart is allowed wherever the old
 * ones fall, so nothing is dropped then; once the list is full, old times are dropped at every
 * restart. The list never holds more than maxRestarts + 1 times. Confined to the supervisor's
 * process.
 */
final class RestartIntensity {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int maxRestarts;
    private final long maxSeconds;
    /** The node's clock, in nanoseconds, at each counted restart, newest first. */
    private final Deque<Long> restarts = new ArrayDeque<>();

    RestartIntensity(Flags flags) {
        this.maxRestarts = flags.maxRestarts();
        this.maxSeconds = flags.maxSeconds();
    }

    /** Counts a restart at {@code nanoTime} of the node's clock; returns whether the supervisor may make it, or must give up. */
    boolean allows(long nanoTime) {
        if (restarts.size() < maxRestarts) {
            restarts.addFirst(nanoTime); // fewer restarts than the limit, wherever they fall
            return true;
        }
        // TODO(kata 5.1): Count this restart and say whether the supervisor may make it, as OTP counts: its restarts in the window, in whole seconds of the clock.
        throw new letitcrash.KataNotDone("kata 5.1 is not done yet (book: chapter 5, Kata 5.1)");
    }

    /**
     * The shortest interval between crashes that a supervisor with {@code flags} restarts for
     * ever, wherever in their seconds the crashes fall: a child that crashes at this interval,
     * or a longer one, never makes it give up; at any shorter interval some loop does.
     *
     * @throws IllegalArgumentException under {@code maxRestarts} 0, where every crash gives up
     */
    static Duration restartsForEverFrom(Flags flags) {
        requireRestarts(flags);
        // TODO(kata 5.1): The shortest crash interval that loops for ever under these flags, to the nanosecond, wherever the crashes fall in their seconds.
        throw new letitcrash.KataNotDone("kata 5.1 is not done yet (book: chapter 5, Kata 5.1)");
    }

    /**
     * The longest interval between crashes at which a supervisor with {@code flags} always gives
     * up, at the crash after its first {@code maxRestarts} restarts, wherever in their seconds the
     * crashes fall; at any longer interval some first crashes are all restarted.
     *
     * @throws IllegalArgumentException under {@code maxRestarts} 0, where every crash gives up
     */
    static Duration givesUpUpTo(Flags flags) {
        requireRestarts(flags);
        // TODO(kata 5.1): The longest crash interval whose first crashes always make the supervisor give up, to the nanosecond, wherever they fall in their seconds.
        throw new letitcrash.KataNotDone("kata 5.1 is not done yet (book: chapter 5, Kata 5.1)");
    }

    private static void requireRestarts(Flags flags) {
        if (flags.maxRestarts() == 0) {
            throw new IllegalArgumentException("under " + flags + " the first crash gives up, at any interval");
        }
    }
}
