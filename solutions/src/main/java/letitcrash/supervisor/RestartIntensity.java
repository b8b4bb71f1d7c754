package letitcrash.supervisor;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A supervisor's one list of restart times, shared by all its children, and the check OTP's
 * {@code add_restart} makes before every restart: the new restart is counted first, and the
 * supervisor may go on only if at most {@code maxRestarts} restarts lie inside the window.
 *
 * <p>Time is counted in whole seconds of the node's monotonic clock (rounded down), and the
 * window is inclusive, as in OTP: a restart at second S still counts at second
 * S + maxSeconds. So the real window lies between maxSeconds and maxSeconds + 1 seconds,
 * depending on where in their seconds the restarts fall.
 *
 * <p>Old times are dropped only when the list is longer than the limit: the decision is
 * the same as dropping them every time (dropping can only shorten the list), and the list
 * never holds more than maxRestarts + 1 times. Confined to the supervisor's process.
 */
final class RestartIntensity {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final int maxRestarts;
    private final long maxSeconds;
    /** Whole seconds of each counted restart, newest first. */
    private final Deque<Long> restarts = new ArrayDeque<>();

    RestartIntensity(Flags flags) {
        this.maxRestarts = flags.maxRestarts();
        this.maxSeconds = flags.maxSeconds();
    }

    /** Counts a restart at {@code nanoTime}; returns whether the supervisor may make it, or must give up. */
    boolean allows(long nanoTime) {
        long now = Math.floorDiv(nanoTime, NANOS_PER_SECOND);
        restarts.addFirst(now);
        if (restarts.size() <= maxRestarts) {
            return true;
        }
        // region kata 5.1: Say whether the supervisor may make this restart or must give up, counting its restarts in the window as OTP does, in whole seconds.
        // tag::intensity-window[]
        restarts.removeIf(second -> second < now - maxSeconds);
        return restarts.size() <= maxRestarts;
        // end::intensity-window[]
        // endregion
    }
}
