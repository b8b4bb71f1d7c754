package letitcrash.testing;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/** Test support: start a blocking call on its own thread and see whether it is waiting. */
public final class Threads {

    /** How long a test waits for something that should happen at once: a hang guard, not a timing assertion. */
    public static final Duration HANG_GUARD = Duration.ofSeconds(5);

    private Threads() {}

    /** A call running on its own virtual thread, and that thread. */
    public record Running<T>(Thread thread, Future<T> result) {}

    /** Starts {@code call} on a new virtual thread. */
    public static <T> Running<T> start(Callable<T> call) {
        var result = new CompletableFuture<T>();
        var thread = Thread.ofVirtual().start(() -> {
            try {
                result.complete(call.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        return new Running<>(thread, result);
    }

    /**
     * Whether {@code thread} parks (waits) before it ends, judged by its state alone:
     * {@code true} once it is WAITING or TIMED_WAITING, {@code false} if it ends first or
     * is still running when the hang guard runs out.
     */
    public static boolean parks(Thread thread) {
        long guard = System.nanoTime() + HANG_GUARD.toNanos();
        while (System.nanoTime() < guard) {
            switch (thread.getState()) {
                case WAITING, TIMED_WAITING -> {
                    return true;
                }
                case TERMINATED -> {
                    return false;
                }
                default -> Thread.onSpinWait();
            }
        }
        return false;
    }
}
