package letitcrash.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import letitcrash.process.Node;
import letitcrash.process.Proc;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * On a manual clock, a wait that nothing ends lasts until the test's own time limit, which
 * interrupts the thread in {@code node.run}. What the learner must see then is what the test
 * waited for and what came instead, not only that the time ran out.
 */
@Tag("ch02")
@DisplayName("A test that waits in vain says what it waited for, even when its time limit ends the wait")
class ExpectTest {

    private final ManualClock clock = new ManualClock();
    @AutoClose
    private final Node node = Node.start(clock);

    @Test
    @DisplayName("on a manual clock, the time limit's interrupt gives Expect's message: what it waited for, and the mailbox")
    void theTimeLimitGivesExpectsMessage() throws Exception {
        var running = Threads.start(() -> node.run(() -> {
            Proc.send(Proc.self(), "something else");
            return Expect.message(Integer.class, n -> true, Duration.ofHours(1), "a number that nobody sends");
        }));
        assertThat(Threads.eventually(() -> clock.waiting() == 1)).as("the test's process waits on the clock").isTrue();
        running.thread().interrupt(); // what JUnit's @Timeout does to the thread that runs the test

        var failure = org.assertj.core.api.Assertions.catchThrowableOfType(ExecutionException.class, () -> running.result().get())
                .getCause();
        assertThat(failure).isInstanceOf(AssertionError.class).hasMessage("the test's time limit ran out while it waited for"
                + " a number that nobody sends (it would have waited 3600000 ms on the node's clock, a manual one),"
                + " and it did not come; the mailbox holds [something else]");
        assertThat(failure.getSuppressed()).as("the caller's own interrupt, kept")
                .hasExactlyElementsOfTypes(InterruptedException.class);
    }
}
