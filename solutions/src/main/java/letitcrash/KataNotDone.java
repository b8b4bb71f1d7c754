package letitcrash;

/**
 * What a kata stub throws: the learner has not written this part yet. The reference code
 * never throws it.
 *
 * <p>A stub is often reached inside a process the test spawned, where the exception ends
 * that process and the test would only see a reply that never comes. So each instance
 * also records itself as the {@link #latest()} one, before it is thrown: the workbook's
 * test runner looks there while a test runs and fails the test at once with it, instead
 * of waiting out the test's time limit. Recording is a volatile write, safe from any thread.
 *
 * <p>Only the current test's own stub hits are recorded: those made in a thread started
 * (directly or through the threads it started) by the thread that last called {@link #forget()},
 * or in a thread of no test. A process left running by an earlier test, which hits a stub
 * later, does not fail the test running then. {@link Crashes} tells tests apart the same way.
 */
public final class KataNotDone extends UnsupportedOperationException {

    /** The test a thread belongs to: inherited by every thread it starts, processes among them. */
    private static final InheritableThreadLocal<Object> TEST = new InheritableThreadLocal<>();

    /** The current test, as {@link #forget()} began it; null before the first. */
    private static volatile Object current;

    /** The most recently made instance of the current test, or null; written by any thread, read by the test runner. */
    private static volatile KataNotDone latest;

    /** A stub's exception, recorded as the latest at once unless it was made in an earlier test's thread. */
    public KataNotDone(String message) {
        super(message);
        Object test = TEST.get();
        if (test == null || test == current) {
            latest = this;
        }
    }

    /** The current test's most recently made instance, or null when none was made since {@link #forget()}. */
    public static KataNotDone latest() {
        return latest;
    }

    /** The test the calling thread belongs to, or null for a thread of no test. */
    static Object testOfThisThread() {
        return TEST.get();
    }

    /** Whether {@code test} is the current test. */
    static boolean isCurrent(Object test) {
        return test == current;
    }

    /**
     * Forgets the latest instance and begins a new test: the calling thread, and the threads it
     * starts from now on, belong to it. The test runner calls this before each test, on the thread
     * that starts the test's own.
     */
    public static void forget() {
        var test = new Object();
        TEST.set(test);
        current = test;
        latest = null;
    }
}
