package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An end imposed from outside (a kill, an exit signal) is a {@link ProcessEnded}, an
 * {@code Error}: the {@code catch (Exception e)} that chapter 8 puts around code we do not
 * control must not swallow it. What Erlang lets a process catch, its own {@code exit/1},
 * stays a {@link ProcessExit} (ADR 0011).
 */
@Tag("ch02")
@DisplayName("An end imposed from outside cannot be caught as an exception")
class ImposedEndTest {

    private static final Duration GUARD = Threads.HANG_GUARD;

    @AutoClose
    private final Node node = Node.start();

    @Test
    @DisplayName("a catch (Exception e) around a blocking receive does not swallow a kill")
    void aCatchAllDoesNotSwallowAKill() throws Exception {
        Queue<String> swallowed = new ConcurrentLinkedQueue<>();
        var reason = node.run(() -> {
            Pid test = Proc.self();
            Pid careful = Proc.spawn(() -> {
                try {
                    Proc.send(test, "waiting");
                    Proc.receive();
                } catch (Exception e) {
                    swallowed.add("caught " + e);
                }
                swallowed.add("ran on after the kill");
            });
            Expect.message(String.class, "waiting"::equals, GUARD, "the process's 'waiting'");
            Ref watch = Proc.monitor(careful);
            Proc.exit(careful, ExitReason.KILL);
            return Expect.down(watch, GUARD, "the killed process").reason();
        });

        assertThat(reason).isEqualTo(ExitReason.KILLED);
        assertThat(swallowed).as("what the catch-all caught, and what ran after it").isEmpty();
        assertThatCode(node::close).as("the killed process's code has stopped").doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a catch (Exception e) does not swallow a fatal exit signal from a link either")
    void aCatchAllDoesNotSwallowALinkedCrash() throws Exception {
        Queue<String> swallowed = new ConcurrentLinkedQueue<>();
        var reason = node.run(() -> {
            Pid test = Proc.self();
            Pid careful = Proc.spawn(() -> {
                try {
                    Pid partner = Proc.spawnLink(() -> {
                        Proc.receive();
                        throw new IllegalStateException("boom");
                    });
                    Proc.send(test, partner);
                    Proc.receive(String.class, "never"::equals, Duration.ofDays(1));
                } catch (Exception e) {
                    swallowed.add("caught " + e);
                }
            });
            Pid partner = Expect.message(Pid.class, pid -> true, GUARD, "the pid of its linked partner");
            Ref watch = Proc.monitor(careful);
            Proc.send(partner, "go");
            return Expect.down(watch, GUARD, "the linked process").reason();
        });

        assertThat(reason).asString().isEqualTo("crash(IllegalStateException: boom)");
        assertThat(swallowed).isEmpty();
    }

    @Test
    @DisplayName("a fatal exit a process sends itself is no exception it can catch, as in Erlang")
    void aFatalExitToSelfIsNotCaught() throws Exception {
        Queue<String> swallowed = new ConcurrentLinkedQueue<>();
        var reason = node.run(() -> {
            return endOf(() -> {
                try {
                    Proc.exit(Proc.self(), ExitReason.of("boom"));
                } catch (Exception e) {
                    swallowed.add("caught " + e);
                }
            });
        });

        assertThat(reason).isEqualTo(ExitReason.of("boom"));
        assertThat(swallowed).isEmpty();
    }

    @Test
    @DisplayName("a process's own exit/1 is still a ProcessExit that it may catch, with catch (Exception e) too")
    void anOwnExitIsStillCaught() throws Exception {
        var caught = node.run(() -> {
            String own;
            try {
                throw Proc.exit(ExitReason.of("changed_my_mind"));
            } catch (ProcessExit exit) {
                own = "caught " + exit.reason();
            }
            String any;
            try {
                throw Proc.exit(ExitReason.of("again"));
            } catch (Exception e) { // a server call's CallExit is a ProcessExit too: chapter 3
                any = "caught " + e.getMessage();
            }
            return List.of(own, any, Proc.messages());
        });

        assertThat(caught).containsExactly("caught changed_my_mind", "caught exit(again)", List.of());
    }

    @Test
    @DisplayName("an uncaught noproc from link ends the process with it as a crash, OTP's {noproc, stacktrace}")
    void anUncaughtNoProcIsACrash() throws Exception {
        var reason = node.run(() -> {
            Pid gone = Proc.spawn(() -> {});
            Expect.down(Proc.monitor(gone), GUARD, "the short process");
            return endOf(() -> Proc.link(gone));
        });

        assertThat(reason).asString().isEqualTo("crash(NoProcException: noproc: <0.2.0> is not running)");
        assertThat(reason.isClean()).isFalse();
    }

    @Test
    @DisplayName("link(self()) does nothing, as in Erlang: no link line, no signal to itself")
    void linkingToItselfDoesNothing() throws Exception {
        var reason = node.run(() -> endOf(() -> {
            Proc.link(Proc.self());
            Proc.unlink(Proc.self());
            Proc.link(Proc.self());
        }));

        assertThat(reason).isEqualTo(ExitReason.NORMAL);
        assertThat(node.trace().lines()).noneMatch(line -> line.startsWith("link ") || line.startsWith("unlink "));
    }

    /** How a process running {@code body} ends; it starts once it is monitored. Runs in a process. */
    private static ExitReason endOf(ProcessBody body) throws InterruptedException {
        Pid process = Proc.spawn(() -> {
            Proc.receive(String.class, "go"::equals, Duration.ofDays(1));
            body.run();
        });
        Ref watch = Proc.monitor(process);
        Proc.send(process, "go");
        return Expect.down(watch, GUARD, "the process").reason();
    }
}
