package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import letitcrash.testing.Threads;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * JShell's stop (Ctrl-C) interrupts the thread that waits in a shell request. The shell then
 * kills its process, as Erlang's shell kills its evaluator when interrupted, so that the
 * next request gets a new process at once instead of queueing behind a receive that nothing
 * will ever answer.
 */
@Tag("ch02") // the shell's process is killed: chapter 2's exit signals
@DisplayName("An interrupted shell request leaves the shell usable at once")
class ShellInterruptTest {

    /**
     * How long a round of the stress loop may take before its shell is taken for stuck for ever:
     * longer than the hang guard, since no wrong solution runs this chapter test, and a loaded
     * machine (the contract runs four checks side by side) can pause one of 2,000 rounds for
     * seconds.
     */
    private static final Duration STUCK = Duration.ofSeconds(30);

    @Test
    @DisplayName("a receive interrupted while it waits: the next request runs in a new shell process")
    void anInterruptedReceive() throws Exception {
        var clock = new ManualClock();
        try (var node = Node.start(clock)) {
            var shell = Shell.on(node);
            Pid first = shell.self();
            var stuck = Threads.start(() -> shell.receive(Duration.ofDays(1)));
            Threads.awaitWaitingOn(clock, stuck, "shell.receive(one day)");

            stuck.thread().interrupt();

            assertThatThrownBy(stuck.result()::get).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(InterruptedException.class);
            assertThat(answered(() -> shell.run(() -> 6 * 7))).isEqualTo(42);
            assertThat(shell.self()).as("a new shell process").isNotEqualTo(first);
            assertThat(node.isAlive(first)).isFalse();
        }
    }

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a hang guard, not a timing assertion
    @DisplayName("stress: 2,000 receives interrupted at any moment, each followed by a send and a receive that answer")
    void interruptsAtAnyMoment() throws Exception {
        try (var node = Node.start()) {
            var shell = Shell.on(node);
            for (int round = 0; round < 2_000; round++) {
                var stuck = Threads.start(shell::receive);
                stuck.thread().interrupt();
                assertThatThrownBy(() -> stuck.result().get(STUCK.toSeconds(), TimeUnit.SECONDS))
                        .as("the interrupted receive, round %d", round).isInstanceOf(ExecutionException.class);
                int expected = round;
                assertThat(answered(() -> {
                    shell.send(shell.self(), expected);
                    return shell.receive();
                }, STUCK)).as("round %d", round).isEqualTo(expected);
            }
        }
    }

    /** What {@code request} answers, on its own thread, failing if it does not answer within the hang guard. */
    private static Object answered(java.util.concurrent.Callable<Object> request) throws Exception {
        return answered(request, Threads.HANG_GUARD);
    }

    /** What {@code request} answers, on its own thread, failing if it does not answer within {@code guard}. */
    private static Object answered(java.util.concurrent.Callable<Object> request, Duration guard) throws Exception {
        var running = Threads.start(request);
        try {
            return running.result().get(guard.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException stuck) {
            throw new AssertionError("the shell did not answer: its process is stuck in the interrupted request");
        }
    }
}
