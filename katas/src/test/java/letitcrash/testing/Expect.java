package letitcrash.testing;

import java.time.Duration;
import java.util.function.Predicate;
import letitcrash.process.Down;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.Ref;

/**
 * Test support, run inside a process: wait for what a test needs, and when it does not come,
 * fail with what the test waited for and what the mailbox held instead (a bare
 * {@code orElseThrow()} says only "No value present").
 */
public final class Expect {

    private Expect() {}

    /** The {@link Down} of the monitor {@code ref}, watching {@code what} (say "the wallet"), within {@code timeout}. */
    public static Down down(Ref ref, Duration timeout, String what) throws InterruptedException {
        String waitedFor = "the DOWN of " + what;
        try {
            return Proc.awaitDown(ref, timeout).orElseThrow(() -> missing(waitedFor, timeout));
        } catch (InterruptedException timeUp) {
            throw timeUp(waitedFor, timeout, timeUp);
        }
    }

    /** The oldest message of {@code type} that passes {@code filter}, described as {@code what}, within {@code timeout}. */
    public static <T> T message(Class<T> type, Predicate<? super T> filter, Duration timeout, String what)
            throws InterruptedException {
        try {
            return Proc.receive(type, filter, timeout).orElseThrow(() -> missing(what, timeout));
        } catch (InterruptedException timeUp) {
            throw timeUp(what, timeout, timeUp);
        }
    }

    /** The live process registered as {@code name}. */
    public static Pid whereis(String name) {
        return Proc.whereis(name).orElseThrow(() -> new AssertionError(
                "no live process is registered as '" + name + "': it has ended, or it never registered"));
    }

    private static AssertionError missing(String what, Duration timeout) {
        return new AssertionError("waited " + timeout.toMillis() + " ms for " + what + ", but it did not come; " + mailbox());
    }

    /**
     * The wait was interrupted: the test's own time limit ran out first (the node's run
     * interrupts its process then), as it does on a manual clock, whose time passes only when
     * the test moves it. A kill is no interrupt here: it ends the wait with the process's end.
     */
    private static AssertionError timeUp(String what, Duration timeout, InterruptedException interrupted) {
        var failure = new AssertionError("the test's time limit ran out while it waited for " + what + " (it would have"
                + " waited " + (timeout.toDays() > 365 ? "for ever" : timeout.toMillis() + " ms")
                + " on the node's clock" + (Proc.clock() instanceof letitcrash.time.ManualClock ? ", a manual one" : "")
                + "), and it did not come; " + mailbox());
        failure.initCause(interrupted);
        return failure;
    }

    private static String mailbox() {
        var waiting = Proc.messages();
        return waiting.isEmpty() ? "the mailbox is empty" : "the mailbox holds " + waiting;
    }
}
