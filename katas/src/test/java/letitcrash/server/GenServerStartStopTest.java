package letitcrash.server;

import static letitcrash.server.Counter.Op.GET;
import static letitcrash.server.Counter.Op.LAST;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import letitcrash.process.Down;
import letitcrash.process.Exit;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.Ref;
import letitcrash.server.Counter.Terminated;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** How a server starts and stops: start returns only after init, and stop waits for the end. */
@Tag("ch03")
@DisplayName("Starting and stopping a server")
class GenServerStartStopTest {

    /** Where the book explains the kata each tagged test belongs to. */
    private static final String KATA_3_1 = "(book: chapter 3, section Kata 3.1: The server loop)";
    private static final String KATA_3_2 = "(book: chapter 3, section Kata 3.2: Calling a server)";
    private static final String KATA_3_4 = "(book: chapter 3, section Kata 3.4: When terminate runs)";

    @AutoClose
    private final Node node = Node.start();

    /** A server's end as its observer saw it: what terminate reported (if it ran), and the DOWN. */
    record Ending(List<Object> terminated, ExitReason down) {}

    @Test
    @Tag("kata-3.1")
    @DisplayName("GenServer.stop runs terminate with normal and returns once the server has ended")
    void stopRunsTerminateThenEnds() throws Exception {
        Ending ending = node.run(() -> {
            Pid counter = GenServer.start(new Counter(), Proc.self());
            Ref watch = Proc.monitor(counter);
            GenServer.stop(counter);
            // Our DOWN may come a moment after the one stop waited for: the node sends them one by one.
            ExitReason down = Expect.down(watch, Threads.HANG_GUARD, "the server after stop(normal)").reason();
            return new Ending(node.messages(Proc.self()).stream().filter(Terminated.class::isInstance).toList(), down);
        });

        assertThat(ending).as("what terminate was given, and the server's DOWN, after GenServer.stop(server) %s", KATA_3_1)
                .isEqualTo(new Ending(List.of(new Terminated(ExitReason.NORMAL)), ExitReason.NORMAL));
    }

    @Test
    @Tag("kata-3.1")
    @DisplayName("GenServer.stop with a reason runs terminate with that reason, and the server ends with it")
    void stopWithAReasonEndsWithIt() throws Exception {
        var maintenance = ExitReason.of("maintenance");
        record Stopped(String stopThrew, Ending ending) {}
        Stopped stopped = node.run(() -> {
            Pid counter = GenServer.start(new Counter(), Proc.self());
            Ref watch = Proc.monitor(counter);
            String threw = "nothing";
            try {
                GenServer.stop(counter, maintenance, GenServer.INFINITY);
            } catch (CallExit exit) {
                threw = exit.reason().toString();
            }
            ExitReason down = Expect.down(watch, Threads.HANG_GUARD, "the server after stop(maintenance)").reason();
            return new Stopped(threw, new Ending(node.messages(Proc.self()).stream().filter(Terminated.class::isInstance).toList(), down));
        });

        assertThat(stopped)
                .as("what GenServer.stop(server, maintenance, infinity) threw, what terminate was given, and the server's DOWN:"
                        + " a stop request carries the reason terminate gets and the server ends with %s", KATA_3_1)
                .isEqualTo(new Stopped("nothing", new Ending(List.of(new Terminated(maintenance)), maintenance)));
    }

    @Test
    @Tag("kata-3.1")
    @DisplayName("GenServer.stop of a server that has ended fails with noproc")
    void stopOfAnEndedServerFails() {
        assertThatThrownBy(() -> node.run(() -> {
            Pid counter = GenServer.start(new Counter(), Proc.self());
            GenServer.stop(counter);
            GenServer.stop(counter);
            return null;
        })).as("a second GenServer.stop of the same server %s", KATA_3_1)
                .isInstanceOfSatisfying(CallExit.class, exit -> assertThat(exit.reason()).as("the reason it exits with %s", KATA_3_1)
                .hasToString("{noproc, {GenServer, stop, [<0.2.0>, normal, infinity]}}"));
    }

    @Test
    @Tag("kata-3.2")
    @DisplayName("a call answered with ReplyAndStop gets its reply after terminate ran, and the server ends")
    void replyAndStopRepliesAfterTerminate() throws Exception {
        record Seen(Object reply, List<Object> mailbox, ExitReason down) {}
        Seen seen = node.run(() -> {
            Pid counter = GenServer.start(new Counter(), Proc.self());
            Ref watch = Proc.monitor(counter);
            Object reply = GenServer.call(counter, LAST);
            List<Object> mailbox = node.messages(Proc.self());
            return new Seen(reply, mailbox,
                    Expect.down(watch, Threads.HANG_GUARD, "the server after a call answered with ReplyAndStop").reason());
        });

        assertThat(seen.reply()).as("the reply of a call answered with ReplyAndStop %s", KATA_3_2).isEqualTo(0);
        assertThat(seen.mailbox()).as("the caller's mailbox when the call returned: terminate ran first %s", KATA_3_2)
                .first().isEqualTo(new Terminated(ExitReason.of("done")));
        assertThat(seen.down()).as("the server's end after ReplyAndStop %s", KATA_3_2).isEqualTo(ExitReason.of("done"));
    }

    @Test
    @DisplayName("start fails with the crash of init; the process has ended and terminate did not run")
    void startFailsWhenInitThrows() throws Exception {
        var noConfig = new IllegalStateException("no config");
        record Seen(StartFailed failed, List<Object> mailbox) {}
        Seen seen = node.run(() -> {
            try {
                GenServer.start(new Counter(), noConfig);
                return null;
            } catch (StartFailed failed) {
                return new Seen(failed, node.messages(Proc.self()));
            }
        });

        assertThat(seen.failed().reason()).isEqualTo(ExitReason.crash(noConfig));
        assertThat(seen.failed()).hasMessage("the server did not start: {error, crash(IllegalStateException: no config)}");
        assertThat(seen.mailbox()).noneMatch(Terminated.class::isInstance);
        assertThat(node.isAlive(new Pid(2))).isFalse();
        assertThat(node.trace().lines()).contains("exit <0.2.0> crash(IllegalStateException: no config)");
    }

    @Test
    @DisplayName("start fails with the reason init exits with")
    void startFailsWithTheReasonInitExitsWith() {
        assertThatThrownBy(() -> node.run(() -> GenServer.start(new Counter(), ExitReason.of("bad_config"))))
                .isInstanceOfSatisfying(StartFailed.class,
                        failed -> assertThat(failed.reason()).isEqualTo(ExitReason.of("bad_config")));
    }

    /** A server whose init declines to start, and would report a terminate if one ran. */
    record Declines() implements Server<Pid> {
        @Override
        public Pid init(Object observer) {
            throw Server.ignore();
        }

        @Override
        public void terminate(ExitReason reason, Pid observer) {
            Proc.send(observer, new Terminated(reason));
        }
    }

    @Test
    @DisplayName("init that throws Server.ignore() makes start throw StartIgnored; the server ended normal, without terminate")
    void startReportsIgnore() throws Exception {
        var seen = node.run(() -> {
            try {
                GenServer.start(new Declines(), Proc.self());
                return List.of("started");
            } catch (StartIgnored ignored) {
                return List.of(ignored.getMessage(), node.messages(Proc.self()));
            }
        });

        assertThat(seen).isEqualTo(List.of("the server did not start: ignore", List.of()));
        assertThat(node.trace().lines()).contains("exit <0.2.0> normal");
    }

    @Test
    @DisplayName("startLink of a server that ignores: StartIgnored, and a trapping starter gets {EXIT, pid, normal}")
    void startLinkReportsIgnore() throws Exception {
        var seen = node.run(() -> {
            Proc.trapExits(true);
            try {
                GenServer.startLink(new Declines(), Proc.self());
                return "started";
            } catch (StartIgnored ignored) {
                return Expect.message(Exit.class, exit -> true, Threads.HANG_GUARD,
                        "the Exit of a server started with startLink whose init ignored").toString();
            }
        });

        assertThat(seen).isEqualTo("{EXIT, <0.2.0>, normal}");
    }

    @Test
    @Tag("kata-3.2")
    @DisplayName("start returns only after init: the first call finds the state init made")
    void startReturnsAfterInit() throws Exception {
        assertThat(node.run(() -> GenServer.call(GenServer.start(new Counter(), Proc.self()), GET)))
                .as("the first call's answer: the count init made %s", KATA_3_2).isEqualTo(0);
    }

    @Test
    @Tag("kata-3.4")
    @DisplayName("a server started without a link has no parent: its starter's exit signal is only an info")
    void aServerStartedWithoutALinkHasNoParent() throws Exception {
        var log = new Probe.Log();
        Object info = node.run(() -> {
            var setup = new Probe.Setup(true, null, Duration.ZERO);
            Pid server = GenServer.start(new Probe(), new Probe.Config(Proc.self(), setup, log));
            Ref watch = Proc.monitor(server);
            Proc.exit(server, ExitReason.SHUTDOWN);
            GenServer.cast(server, "ping");
            var answer = Expect.message(Object.class, m -> m.equals(Probe.PONG)
                    || m instanceof Down down && down.ref().equals(watch), Threads.HANG_GUARD,
                    "the pong of a cast sent after the shutdown signal, or the server's DOWN");
            return answer instanceof Down down ? down
                    : Expect.message(Probe.Info.class, m -> true, Duration.ZERO, "the info the shutdown signal became").message();
        });

        assertThat(info).as("what an unlinked server made of its starter's shutdown signal %s", KATA_3_4)
                .isEqualTo("{EXIT, from, shutdown}");
        assertThat(log.events).as("what terminate did: it must not run for a signal from a process that is not the parent %s", KATA_3_4)
                .isEmpty();
    }
}
