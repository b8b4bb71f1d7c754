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
        return Proc.awaitDown(ref, timeout).orElseThrow(() -> missing("the DOWN of " + what, timeout));
    }

    /** The oldest message of {@code type} that passes {@code filter}, described as {@code what}, within {@code timeout}. */
    public static <T> T message(Class<T> type, Predicate<? super T> filter, Duration timeout, String what)
            throws InterruptedException {
        return Proc.receive(type, filter, timeout).orElseThrow(() -> missing(what, timeout));
    }

    /** The live process registered as {@code name}. */
    public static Pid whereis(String name) {
        return Proc.whereis(name).orElseThrow(() -> new AssertionError(
                "no live process is registered as '" + name + "': it has ended, or it never registered"));
    }

    private static AssertionError missing(String what, Duration timeout) {
        var waiting = Proc.messages();
        return new AssertionError("waited " + timeout.toMillis() + " ms for " + what + ", but it did not come; "
                + (waiting.isEmpty() ? "the mailbox is empty" : "the mailbox holds " + waiting));
    }
}
