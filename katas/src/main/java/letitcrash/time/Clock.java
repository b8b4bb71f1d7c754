package letitcrash.time;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * The time a node lives by: every timeout in the runtime reads it, so that a test or a
 * chapter can swap the system clock for a {@link ManualClock} and run an hour of
 * timeouts in a millisecond.
 *
 * <p>Times are monotonic nanoseconds, as {@link System#nanoTime()} gives them: only
 * differences mean anything. A deadline of {@link #NEVER} is never reached.
 */
public interface Clock {

    /** A deadline that never passes: the runtime's {@code after :infinity}. */
    long NEVER = Long.MAX_VALUE;

    /** The current monotonic time, in nanoseconds. */
    long nanoTime();

    /**
     * Waits on {@code condition}, whose {@code lock} the caller holds, until it is signalled
     * or the deadline passes; like {@link Condition#awaitNanos}, it may also return early
     * for no reason, so callers check their state again in a loop.
     *
     * @return {@code false} if the deadline had passed when the wait began (the caller
     *     should give up), {@code true} otherwise (the caller should look again)
     * @throws InterruptedException if the waiting thread is interrupted
     */
    boolean awaitUntil(Lock lock, Condition condition, long deadline) throws InterruptedException;

    /** The deadline {@code timeout} from now; {@link #NEVER} if it lies beyond any clock. */
    default long deadline(Duration timeout) {
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("a timeout cannot be negative: " + timeout);
        }
        try {
            return Math.addExact(nanoTime(), timeout.toNanos());
        } catch (ArithmeticException beyondAnyClock) {
            return NEVER;
        }
    }

    /** The system's monotonic clock. */
    static Clock system() {
        return SystemClock.INSTANCE;
    }
}
