package letitcrash.testing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import letitcrash.time.ManualClock;

/** Test support: start a blocking call on its own thread and see whether it is waiting, by its state, not by sleeping. */
public final class Threads {

    /**
     * How long a test waits for something that should happen at once: a hang guard, not a timing
     * assertion. Five seconds, unless the system property {@code letitcrash.hangGuard} says
     * otherwise ({@code 2s}): the kata contract, which runs many wrong solutions that never
     * let it happen, waits less for each.
     */
    public static final Duration HANG_GUARD = Duration.parse("PT" + System.getProperty("letitcrash.hangGuard", "5s"));
    /** Looks at a condition spinning, before {@link #eventually} pauses between looks. */
    private static final int SPINS = 10_000;
    private static final long MAX_PAUSE_NANOS = 1_000_000;

    private Threads() {}

    /** A call running on its own virtual thread, and that thread. */
    public record Running<T>(Thread thread, Future<T> result) {

        /**
         * What the call returned, once it has ended within the hang guard; what it threw is
         * rethrown as it was thrown. A call still running then fails the test with a
         * {@link TimeoutException} that names {@code what} and the line of code it is at.
         */
        public T await(String what) throws Exception {
            try {
                return result.get(HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS);
            } catch (ExecutionException failed) {
                throw rethrown(failed);
            } catch (TimeoutException stillRunning) {
                // A TimeoutException, as a bare Future.get's: ./learn knows it for a hang, and fails the kata's later tests at once.
                throw new TimeoutException(what + " did not end within " + HANG_GUARD.toMillis() + " ms, the tests' hang guard;"
                        + " it is still running" + runsAt(thread));
            }
        }
    }

    /**
     * Where {@code thread} is: its innermost frame in the book's code, or nothing when it has none
     * or only waits in {@code node.run} for a process (the process, not this thread, is stuck).
     */
    private static String runsAt(Thread thread) {
        var frames = List.of(thread.getStackTrace());
        if (frames.stream().anyMatch(frame -> frame.getClassName().equals("letitcrash.process.Node"))) {
            return "";
        }
        return frames.stream().filter(frame -> frame.getClassName().startsWith("letitcrash."))
                .findFirst().map(frame -> " in " + frame).orElse("");
    }

    /** What a call threw, as it threw it: an {@link Exception} is returned to be thrown, an {@link Error} thrown at once. */
    private static Exception rethrown(ExecutionException failed) {
        if (failed.getCause() instanceof Error error) {
            throw error;
        }
        return failed.getCause() instanceof Exception thrown ? thrown : failed;
    }

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
     * Whether {@code condition} becomes true before the hang guard runs out. It polls: spins a
     * moment, then pauses between looks, a microsecond at first and at most a millisecond, so
     * that a condition that never comes (a wrong solution's) does not keep a core busy for the
     * whole guard. The condition decides, never the pause.
     */
    public static boolean eventually(BooleanSupplier condition) {
        long guard = System.nanoTime() + HANG_GUARD.toNanos();
        long pause = 0;
        for (int look = 0; !condition.getAsBoolean(); look++) {
            if (System.nanoTime() - guard > 0) {
                return false;
            }
            if (look < SPINS) {
                Thread.onSpinWait();
            } else {
                pause = Math.min(Math.max(2 * pause, 1_000), MAX_PAUSE_NANOS);
                LockSupport.parkNanos(pause);
            }
        }
        return true;
    }

    /** Whether {@code thread} parks (WAITING or TIMED_WAITING) before it ends or the hang guard runs out. */
    public static boolean parks(Thread thread) {
        eventually(() -> switch (thread.getState()) {
            case WAITING, TIMED_WAITING, TERMINATED -> true;
            default -> false;
        });
        return switch (thread.getState()) {
            case WAITING, TIMED_WAITING -> true;
            default -> false;
        };
    }

    /**
     * Waits until {@code call} has begun to wait on {@code clock}. If the call ends
     * instead, its own failure is rethrown (a stub's "not done yet", say); if it returned,
     * the assertion says it should have waited.
     */
    public static void awaitWaitingOn(ManualClock clock, Running<?> call, String what) throws Exception {
        // A manual clock's waits are untimed, so a timed wait is one the clock cannot end: say so at once.
        eventually(() -> clock.waiting() > 0 || call.result().isDone() || call.thread().getState() == Thread.State.TIMED_WAITING);
        if (call.result().isDone()) {
            Object returned;
            try {
                returned = call.result().get();
            } catch (ExecutionException failed) {
                throw rethrown(failed);
            }
            throw new AssertionError(what + " returned " + returned + " at once; it should have waited");
        }
        if (clock.waiting() == 0) {
            throw new AssertionError(what + " did not wait through the node's clock (clock.awaitUntil),"
                    + " so a virtual clock cannot time it out");
        }
    }
}
