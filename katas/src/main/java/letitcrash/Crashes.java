package letitcrash;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The first crashes of processes in the current test, for the workbook's test runner: a test
 * that fails because a reply never came shows, under its own failure, the exception that ended
 * the process it waited for, and the line of the learner's code that threw it.
 *
 * <p>A test is what {@link KataNotDone#forget()} began: only a crash in a thread of the current
 * test counts, never one of a process an earlier test left running, nor one outside any test
 * (a JShell session). A stub hit is no crash here: {@link KataNotDone#latest()} reports it.
 * Recording is a compare-and-set, safe from any thread; it takes no lock and does nothing
 * to any process.
 */
public final class Crashes {

    /** Crashes kept per test, at most: the first ones tell what went wrong, a crash loop's thousandth does not. */
    private static final int KEPT = 16;

    private record Seen(Object test, List<Throwable> crashes) {}

    /** The current test's crashes, or an earlier test's, which {@link #ofCurrentTest()} then ignores. */
    private static final AtomicReference<Seen> SEEN = new AtomicReference<>();

    private Crashes() {}

    /** Records {@code crash}, which ended a process on the calling thread, among its test's first crashes. */
    public static void record(Throwable crash) {
        Object test = KataNotDone.testOfThisThread();
        if (test == null || !KataNotDone.isCurrent(test) || crash instanceof KataNotDone) {
            return;
        }
        while (true) {
            var seen = SEEN.get();
            var before = seen == null || seen.test() != test ? List.<Throwable>of() : seen.crashes();
            if (before.size() >= KEPT
                    || SEEN.compareAndSet(seen, new Seen(test, Stream.concat(before.stream(), Stream.of(crash)).toList()))) {
                return;
            }
        }
    }

    /** The first crashes of processes of the current test, oldest first; none since {@link KataNotDone#forget()}, none. */
    public static List<Throwable> ofCurrentTest() {
        var seen = SEEN.get();
        return seen != null && KataNotDone.isCurrent(seen.test()) ? seen.crashes() : List.of();
    }
}
