package letitcrash.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Proc;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The task promises that show only now and then, each tried thousands of times: a crashing
 * linked task ends an owner that does not trap exits with the task's own reason, never with
 * await's; and a reply racing an await's timeout is either the result or gone, never a
 * stray message.
 */
@Tag("ch07")
@DisplayName("Chapter 7: task promises under stress")
class TaskStressTest {

    private static final int ROUNDS = 2_000;

    @AutoClose
    private final Node node = Node.start();

    @Test
    @DisplayName("2,000 times: a crashing linked task ends its owner with the task's reason, before await can exit it")
    void theLinkComesFirst() throws Exception {
        node.run(() -> {
            for (int round = 0; round < ROUNDS; round++) {
                var error = new IllegalStateException("round " + round);
                var ended = Owners.watch(() -> Task.async(() -> {
                    throw error;
                }).await(Threads.HANG_GUARD));
                assertThat(ended.down().reason()).as("round %d: the owner's reason", round).isEqualTo(ExitReason.crash(error));
            }
            return null;
        });
    }

    @Test
    @Tag("kata-7.1")
    @DisplayName("2,000 times: a reply racing await's timeout is the result or is gone, and nothing of the task is left")
    void aRacingReplyIsNeverAStray() throws Exception {
        node.run(() -> {
            for (int round = 0; round < ROUNDS; round++) {
                var task = Task.async(() -> {
                    Thread.onSpinWait();
                    return "done";
                });
                try {
                    assertThat(task.await(Duration.ofNanos(round % 50 * 1_000L))).isEqualTo("done");
                } catch (TaskExit timedOut) {
                    assertThat(timedOut.why()).isEqualTo(TaskExit.TIMEOUT);
                }
                Expect.down(Proc.monitor(task.pid()), Threads.HANG_GUARD, "the task of round " + round);
                assertThat(Proc.messages()).as("round %d: the owner's mailbox", round).isEmpty();
            }
            return null;
        });
    }
}
