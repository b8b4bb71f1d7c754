package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Once a process's end is decided, its code performs no further runtime operation: each
 * one throws the process's end instead. The processes here are "stubborn": they catch the
 * end that a kill throws in their code, as careless code does, and try to act anyway.
 */
@Tag("ch02")
@DisplayName("Ended means stopped")
class EndedMeansStoppedTest {

    private static final Duration GUARD = Threads.HANG_GUARD;

    @AutoClose
    private final Node node = Node.start();

    /** What a stubborn process's attempts came to, and a latch counted down when it has tried them all. */
    record Attempts(Queue<String> outcomes, CountDownLatch done) {
        Attempts() {
            this(new ConcurrentLinkedQueue<>(), new CountDownLatch(1));
        }

        void attempt(String what, ProcessBody operation) {
            try {
                operation.run();
                outcomes.add(what + ": done");
            } catch (ProcessEnded refused) {
                outcomes.add(what + ": refused with " + refused.reason());
            } catch (Exception other) {
                outcomes.add(what + ": " + other);
            }
        }
    }

    @Test
    @DisplayName("a killed process that swallows the interrupt can no longer send, spawn, link, monitor, alias or record")
    void aKilledProcessCannotAct() throws Exception {
        var attempts = new Attempts();
        var test = node.run(() -> {
            Pid self = Proc.self();
            Pid stubborn = Proc.spawn(() -> {
                Proc.send(self, "ready");
                try {
                    Proc.receive();
                } catch (ProcessEnded swallowed) {
                    // Bad code: it catches its own end and carries on.
                }
                attempts.attempt("send", () -> Proc.send(self, "from beyond"));
                attempts.attempt("spawnLink", () -> Proc.spawnLink(Proc::receive));
                attempts.attempt("link", () -> Proc.link(self));
                attempts.attempt("monitor", () -> Proc.monitor(self));
                attempts.attempt("alias", Proc::alias);
                attempts.attempt("record", () -> Proc.record(() -> "a line from an ended process"));
                attempts.done().countDown();
            });
            Expect.message(String.class, "ready"::equals, GUARD, "'ready' from the stubborn process");
            Ref watch = Proc.monitor(stubborn);
            Proc.exit(stubborn, ExitReason.KILL);
            Expect.down(watch, GUARD, "the stubborn process after a kill");
            assertThat(attempts.done().await(GUARD.toMillis(), TimeUnit.MILLISECONDS)).isTrue();
            return node.messages(Proc.self());
        });

        assertThat(attempts.outcomes()).containsExactly("send: refused with killed", "spawnLink: refused with killed",
                "link: refused with killed", "monitor: refused with killed", "alias: refused with killed",
                "record: refused with killed");
        assertThat(test).as("the test's mailbox: nothing came from the killed process").isEmpty();
        assertThat(node.trace().lines()).as("no spawn, link or line after the kill")
                .noneMatch(line -> line.startsWith("spawn_link") && line.endsWith("by <0.2.0>"))
                .doesNotContain("a line from an ended process");
    }

    @Test
    @DisplayName("a fatal exit a process sends itself stops it at that line")
    void aFatalExitToSelfStopsAtThatLine() throws Exception {
        var after = new ConcurrentLinkedQueue<String>();
        var reasons = node.run(() -> List.of(endOf(() -> {
            Proc.exit(Proc.self(), ExitReason.KILL);
            after.add("ran on after kill");
        }), endOf(() -> {
            Proc.exit(Proc.self(), ExitReason.of("boom"));
            after.add("ran on after boom");
        }), endOf(() -> {
            Proc.exit(Proc.self(), ExitReason.NORMAL);
            after.add("ran on after normal");
        })));

        assertThat(reasons).containsExactly(ExitReason.KILLED, ExitReason.of("boom"), ExitReason.NORMAL);
        assertThat(after).isEmpty();
    }

    @Test
    @DisplayName("linking to an ended process without trapping throws NoProcException, which the caller may catch")
    void linkingToAnEndedProcessThrowsNoProc() throws Exception {
        var outcome = node.run(() -> {
            Pid gone = Proc.spawn(() -> {});
            awaitEnd(gone);
            try {
                Proc.link(gone);
                return "linked";
            } catch (NoProcException caught) {
                return "caught noproc for " + caught.pid() + ", " + caught.reason();
            }
        });

        assertThat(outcome).isEqualTo("caught noproc for <0.2.0>, noproc");
    }

    @Test
    @DisplayName("uncaught, the NoProcException of link ends the caller with it as a crash: OTP's {noproc, stacktrace}")
    void anUncaughtNoProcEndsTheCaller() throws Exception {
        var reason = node.run(() -> {
            Pid gone = Proc.spawn(() -> {});
            awaitEnd(gone);
            return endOf(() -> Proc.link(gone));
        });

        assertThat(reason).isInstanceOfSatisfying(ExitReason.Crash.class,
                crash -> assertThat(crash.error()).isInstanceOf(NoProcException.class));
    }

    @Test
    @DisplayName("a receive filter that sends fails clearly, and the mailbox keeps its messages")
    void aFilterThatSendsFailsClearly() throws Exception {
        var seen = node.run(() -> {
            Proc.send(Proc.self(), "first");
            Proc.send(Proc.self(), "second");
            try {
                Proc.receive(String.class, message -> {
                    Proc.send(Proc.self(), "from the filter");
                    return true;
                }, Duration.ZERO);
                return List.of("no failure");
            } catch (IllegalStateException refused) {
                return List.of(refused.getMessage(), node.messages(Proc.self()));
            }
        });

        assertThat(seen.getFirst()).asString().contains("a receive filter may only look at the message");
        assertThat(seen.get(1)).isEqualTo(List.of("first", "second"));
    }

    @Test
    @DisplayName("a process reads its node's clock")
    void aProcessReadsItsNodesClock() throws Exception {
        var clock = new ManualClock();
        try (var manual = Node.start(clock)) {
            assertThat(manual.run(Proc::clock)).isSameAs(clock);
        }
    }

    /** Spawns {@code body} unlinked, lets it run once it is monitored, and returns the reason it ends with. */
    private static ExitReason endOf(ProcessBody body) throws InterruptedException {
        Pid pid = Proc.spawn(() -> {
            Expect.message(String.class, "go"::equals, GUARD, "'go' from the process that monitors it");
            body.run();
        });
        Ref watch = Proc.monitor(pid);
        Proc.send(pid, "go");
        return Expect.down(watch, GUARD, "a process told to go and end").reason();
    }

    /** Waits, with a monitor, until {@code pid} has ended. */
    static void awaitEnd(Pid pid) throws InterruptedException {
        Ref watch = Proc.monitor(pid);
        Expect.down(watch, GUARD, pid + ", which should end");
    }
}
