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
 */
public final class KataNotDone extends UnsupportedOperationException {

    /** The most recently made instance, or null; written by any thread, read by the test runner. */
    private static volatile KataNotDone latest;

    /** A stub's exception, recorded as the latest at once. */
    public KataNotDone(String message) {
        super(message);
        latest = this;
    }

    /** The most recently made instance, or null when none was made since {@link #forget()}. */
    public static KataNotDone latest() {
        return latest;
    }

    /** Forgets the latest instance: the test runner calls this before each test. */
    public static void forget() {
        latest = null;
    }
}
