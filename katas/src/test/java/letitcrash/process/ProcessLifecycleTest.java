package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import letitcrash.testing.Approved;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How processes end and what the trace records: the runtime's own part of chapter 2. */
@Tag("ch02")
@DisplayName("A process's life and its trace")
class ProcessLifecycleTest {

    private static final Duration GUARD = Threads.HANG_GUARD;

    @AutoClose
    private final Node node = Node.start();

    @Test
    @DisplayName("spawnLink links before the child runs: a child that crashes at once still reaches its parent")
    void spawnLinkLinksBeforeTheChildRuns() throws Exception {
        var exit = node.run(() -> {
            Proc.trapExits(true);
            Pid child = Proc.spawnLink(() -> {
                throw new IllegalStateException("at once");
            });
            return Expect.message(Exit.class, e -> e.from().equals(child), GUARD,
                    "the Exit of a child spawnLink'ed by a trapping parent, which crashed at once");
        });

        assertThat(exit.reason()).hasToString("crash(IllegalStateException: at once)");
    }

    @Test
    @DisplayName("exit(self, normal) ends a process that does not trap exits, with normal")
    void exitSelfNormalEndsTheProcess() throws Exception {
        assertThat(endOf(() -> Proc.exit(Proc.self(), ExitReason.NORMAL))).isEqualTo(ExitReason.NORMAL);
    }

    @Test
    @DisplayName("a process ends with the reason it gives exit/1, and with crash(...) when its body throws")
    void endReasons() throws Exception {
        assertThat(endOf(() -> {
            throw Proc.exit(ExitReason.shutdown("done"));
        })).hasToString("{shutdown, done}");
        assertThat(endOf(() -> {
            throw new ArithmeticException("/ by zero");
        })).hasToString("crash(ArithmeticException: / by zero)");
        assertThat(endOf(() -> {})).isEqualTo(ExitReason.NORMAL);
    }

    @Test
    @DisplayName("a killed process's code cannot receive any more, even if it swallows the interrupt")
    void aKilledProcessCannotReceive() throws Exception {
        var reason = node.run(() -> {
            Pid test = Proc.self();
            Pid stubborn = Proc.spawn(() -> {
                Proc.send(test, "ready");
                while (true) {
                    try {
                        Proc.receive();
                    } catch (InterruptedException swallowed) {
                        // Bad code: it carries on after the interrupt.
                    }
                }
            });
            Expect.message(String.class, "ready"::equals, GUARD, "'ready' from the stubborn process");
            Ref ref = Proc.monitor(stubborn);
            Proc.exit(stubborn, ExitReason.KILL);
            return Expect.down(ref, GUARD, "the stubborn process after a kill").reason();
        });

        assertThat(reason).isEqualTo(ExitReason.KILLED);
        assertThatCode(node::close).as("closing the node: the killed process's code must have stopped")
                .doesNotThrowAnyException();
    }

    // tag::trace-approved[]
    @Test
    @DisplayName("the trace of a linked crash, in its stable text form")
    void traceOfALinkedCrash() throws Exception {
        node.run(() -> {
            Proc.trapExits(true);
            Pid worker = Proc.spawnLink(() -> {
                Proc.receive();
                throw new IllegalStateException("boom");
            });
            Proc.send(worker, "work");
            return Expect.message(Exit.class, e -> true, GUARD, "the worker's crash, as an Exit message");
        });

        Approved.verify(String.join("\n", node.trace().lines()));
    }
    // end::trace-approved[]

    /** Spawns {@code body} and returns the reason its monitor reports. */
    private ExitReason endOf(ProcessBody body) throws Exception {
        return node.run(() -> {
            Pid pid = Proc.spawn(() -> {
                Expect.message(String.class, "go"::equals, GUARD, "'go' from the process that monitors it");
                body.run();
            });
            Ref ref = Proc.monitor(pid);
            Proc.send(pid, "go");
            return Expect.down(ref, GUARD, "a process told to go and end").reason();
        });
    }
}
