package letitcrash.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import letitcrash.process.Down;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.ProcessExit;
import letitcrash.process.Proc;
import letitcrash.process.Ref;
import letitcrash.testing.BookTable;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * When {@code terminate} runs and when it does not: every case of the book's appendix on
 * OTP facts ("When terminate/2 runs"), each row run against a fresh node, and the same rows
 * render the table the book shows.
 *
 * <p>In every row the test's process is the server's parent: it starts the server with
 * {@code startLink} and traps exits, so that the server's end reaches it as a message. The
 * server reports to it when terminate starts and when it finishes, and answers a
 * {@code ping} cast with {@code pong}: after the row's event, the test casts a ping and
 * takes whichever comes first, the pong (the server kept running) or its DOWN.
 *
 * <p>The last row, the JVM halting, cannot run in the JVM that runs the tests: it is in the
 * table, marked so, and not run.
 */
@Tag("ch03")
@DisplayName("When terminate runs, and when it does not")
class TerminateTableTest {

    /** What became of terminate. */
    sealed interface Terminate {}

    record RunsWith(String reason) implements Terminate {
        @Override
        public String toString() {
            return "runs with `" + reason + "`";
        }
    }

    record NotCalled() implements Terminate {
        @Override
        public String toString() {
            return "not called";
        }
    }

    record CutOff() implements Terminate {
        @Override
        public String toString() {
            return "starts, is cut off";
        }
    }

    /** What became of the server. */
    sealed interface Fate {}

    record Ends(String reason) implements Fate {
        @Override
        public String toString() {
            return "ends `" + reason + "`";
        }
    }

    record KeepsRunning(String info) implements Fate {
        @Override
        public String toString() {
            return info.isEmpty() ? "keeps running" : "keeps running; `handleInfo(" + info + ")`";
        }
    }

    record NeverStarts(String reason) implements Fate {
        @Override
        public String toString() {
            return "`startLink` fails with `" + reason + "`";
        }
    }

    record NotTestable(String what) implements Fate {
        @Override
        public String toString() {
            return what + " (not testable in-process)";
        }
    }

    /** An event, caused by the server's parent (the test's process) once the server runs. */
    @FunctionalInterface
    interface Cause {
        void on(Pid server) throws Exception;
    }

    /**
     * One row: the event, how the server is set up, how its parent causes the event, what
     * the test's thread does meanwhile with the virtual clock, and what OTP does. A row
     * without a cause cannot be run here, only shown.
     */
    record Row(String event, Probe.Setup setup, Cause cause, Consumer<ManualClock> clockHand,
            Terminate terminate, Fate fate) {

        static Row of(String event, boolean trapExits, Cause cause, Terminate terminate, Fate fate) {
            return new Row(event, new Probe.Setup(trapExits, null, Duration.ZERO), cause, clock -> {}, terminate, fate);
        }

        static Row initFails(String event, Exception failure, Fate fate) {
            return new Row(event, new Probe.Setup(false, failure, Duration.ZERO), server -> {}, clock -> {},
                    new NotCalled(), fate);
        }

        static Row notTestable(String event, Terminate terminate, Fate fate) {
            return new Row(event, new Probe.Setup(false, null, Duration.ZERO), null, clock -> {}, terminate, fate);
        }

        boolean runs() {
            return cause != null;
        }

        String trapsExits() {
            return !runs() ? "either" : setup.trapExits() ? "yes" : "no";
        }
    }

    private static final ExitReason BOOM = ExitReason.of("boom");
    private static final Duration SHUTDOWN_TIMEOUT = Duration.ofSeconds(5);

    // tag::terminate-rows[]
    static final List<Row> ROWS = List.of(
            Row.of("a callback throws", false, cast("crash"),
                    new RunsWith("crash(IllegalStateException: boom)"), new Ends("crash(IllegalStateException: boom)")),
            Row.of("a callback throws", true, cast("crash"),
                    new RunsWith("crash(IllegalStateException: boom)"), new Ends("crash(IllegalStateException: boom)")),
            Row.of("a callback returns `Stop` with `done`", false, cast("stop"),
                    new RunsWith("done"), new Ends("done")),
            Row.of("`GenServer.stop(pid)`", false, GenServer::stop,
                    new RunsWith("normal"), new Ends("normal")),
            Row.of("the parent's `exit(pid, shutdown)`", true, exit(ExitReason.SHUTDOWN),
                    new RunsWith("shutdown"), new Ends("shutdown")),
            Row.of("the parent's `exit(pid, shutdown)`", false, exit(ExitReason.SHUTDOWN),
                    new NotCalled(), new Ends("shutdown")),
            Row.of("`exit(pid, kill)`", true, exit(ExitReason.KILL),
                    new NotCalled(), new Ends("killed")),
            Row.of("`exit(pid, kill)` while a callback is busy", true, TerminateTableTest::killWhileBusy,
                    new NotCalled(), new Ends("killed")),
            Row.of("a linked process, not the parent, ends `boom`", false, TerminateTableTest::linkedEndsBoom,
                    new NotCalled(), new Ends("boom")),
            Row.of("a linked process, not the parent, ends `boom`", true, TerminateTableTest::linkedEndsBoom,
                    new NotCalled(), new KeepsRunning("{EXIT, from, boom}")),
            Row.of("`exit(pid, normal)` from another process", false, exitFromAnother(ExitReason.NORMAL),
                    new NotCalled(), new KeepsRunning("")),
            Row.of("`exit(pid, shutdown)` from another process", true, exitFromAnother(ExitReason.SHUTDOWN),
                    new NotCalled(), new KeepsRunning("{EXIT, from, shutdown}")),
            new Row("`terminate` outlasts the parent's 5 s shutdown timeout",
                    new Probe.Setup(true, null, Duration.ofMinutes(1)), TerminateTableTest::shutdownWithTimeout,
                    TerminateTableTest::letTheShutdownTimeoutPass, new CutOff(), new Ends("killed")),
            Row.initFails("`init` throws", new IllegalStateException("no config"),
                    new NeverStarts("crash(IllegalStateException: no config)")),
            Row.initFails("`init` exits with `bad_config`", new ProcessExit(ExitReason.of("bad_config")),
                    new NeverStarts("bad_config")),
            Row.notTestable("the JVM halts (`Runtime.halt`, `kill -9`, a power cut)",
                    new NotCalled(), new NotTestable("gone with the JVM")));
    // end::terminate-rows[]

    @TestFactory
    Stream<DynamicTest> eachRowHolds() {
        return ROWS.stream().filter(Row::runs).map(row -> DynamicTest.dynamicTest(
                row.event() + (row.setup().trapExits() ? ", trapping exits" : "") + ": terminate " + row.terminate(), () -> {
                    var seen = observe(row);
                    assertThat(seen).as(row.event()).isEqualTo(new Seen(row.terminate(), row.fate()));
                }));
    }

    /** The table as the book shows it: rendered from the rows the tests above check. */
    @Test
    void theBooksTableIsTheseRows() {
        BookTable.verify("3,1,2,2", List.of("what happens", "traps exits", "`terminate`", "the server"),
                ROWS.stream().<List<?>>map(row -> List.of(row.event(), row.trapsExits(), row.terminate(), row.fate())).toList());
    }

    record Seen(Terminate terminate, Fate fate) {}

    /** Runs {@code row} on a fresh node: the test's process starts the server, causes the event and watches. */
    static Seen observe(Row row) throws Exception {
        var clock = new ManualClock();
        var log = new Probe.Log();
        try (var node = Node.start(clock)) {
            var parent = Threads.start(() -> node.run(() -> {
                Proc.trapExits(true);
                Pid server;
                try {
                    server = GenServer.startLink(new Probe(), new Probe.Config(Proc.self(), row.setup(), log));
                } catch (StartFailed failed) {
                    return new Seen(terminateSeen(log), new NeverStarts(failed.reason().toString()));
                }
                Ref watch = Proc.monitor(server);
                row.cause().on(server);
                GenServer.cast(server, "ping");
                var answer = Expect.message(Object.class, m -> m.equals(Probe.PONG)
                        || m instanceof Down down && down.ref().equals(watch), GenServer.INFINITY,
                        "the server's DOWN, or the pong of a cast sent after: " + row.event());
                return switch (answer) {
                    case Down down -> new Seen(terminateSeen(log), new Ends(down.reason().toString()));
                    default -> new Seen(terminateSoFar(log), new KeepsRunning(infoSeen()));
                };
            }));
            row.clockHand().accept(clock);
            return parent.result().get(Threads.HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /**
     * What terminate logged by the time the server's code has stopped: terminate must not
     * run after the end the DOWN reports, not even a moment after it.
     */
    private static Terminate terminateSeen(Probe.Log log) throws InterruptedException {
        if (!log.thread.join(Threads.HANG_GUARD)) {
            throw new AssertionError("the server's code went on running after the server had ended");
        }
        return terminateSoFar(log);
    }

    private static Terminate terminateSoFar(Probe.Log log) {
        var events = List.copyOf(log.events);
        if (events.isEmpty()) {
            return new NotCalled();
        }
        var started = (Probe.TerminateStarted) events.getFirst();
        return events.contains(new Probe.TerminateFinished()) ? new RunsWith(started.reason().toString()) : new CutOff();
    }

    /** The messages the server's handleInfo reported, oldest first. */
    private static String infoSeen() throws InterruptedException {
        var infos = new ArrayList<String>();
        for (var info = Proc.receive(Probe.Info.class, m -> true, Duration.ZERO); info.isPresent();
                info = Proc.receive(Probe.Info.class, m -> true, Duration.ZERO)) {
            infos.add(info.get().message());
        }
        return String.join(", ", infos);
    }

    private static Cause cast(String request) {
        return server -> GenServer.cast(server, request);
    }

    private static Cause exit(ExitReason reason) {
        return server -> Proc.exit(server, reason);
    }

    /**
     * Kills the server while a callback of its waits. In Java the kill interrupts the
     * callback, which then throws: that must not count as a crash that runs terminate.
     */
    private static void killWhileBusy(Pid server) throws InterruptedException {
        GenServer.cast(server, "work");
        Expect.message(String.class, Probe.BUSY::equals, GenServer.INFINITY, "the server's word that its callback is busy");
        Proc.exit(server, ExitReason.KILL);
    }

    /** Another process, linked to the server, ends with {@code boom}; returns once it has ended. */
    private static void linkedEndsBoom(Pid server) throws Exception {
        Pid test = Proc.self();
        endAndWait(Proc.spawn(() -> {
            Proc.link(server);
            Proc.send(test, "ready");
            Proc.receive();
            throw Proc.exit(BOOM);
        }));
    }

    /** Another process, not linked, sends the server an exit signal; returns once it has ended. */
    private static Cause exitFromAnother(ExitReason reason) {
        return server -> {
            Pid test = Proc.self();
            endAndWait(Proc.spawn(() -> {
                Proc.send(test, "ready");
                Proc.receive();
                Proc.exit(server, reason);
            }));
        };
    }

    /** Waits for {@code other}'s "ready", lets it go and waits until it has ended, and so sent its signals. */
    private static void endAndWait(Pid other) throws InterruptedException {
        Expect.message(String.class, "ready"::equals, GenServer.INFINITY, "'ready' from the process that sends the signal");
        Ref watch = Proc.monitor(other);
        Proc.send(other, "go");
        Expect.down(watch, GenServer.INFINITY, "the process that sends the signal, told to go");
    }

    /** What a supervisor does to stop a child (chapter 4): shutdown, wait so long, then kill. */
    private static void shutdownWithTimeout(Pid server) throws InterruptedException {
        Ref watch = Proc.monitor(server);
        Proc.exit(server, ExitReason.SHUTDOWN);
        if (Proc.awaitDown(watch, SHUTDOWN_TIMEOUT).isEmpty()) {
            Proc.exit(server, ExitReason.KILL);
        }
    }

    /**
     * Moves the clock past the shutdown timeout once both waits have begun: the parent's
     * for the DOWN, and terminate's minute of work. Nothing else waits on this clock then.
     */
    private static void letTheShutdownTimeoutPass(ManualClock clock) {
        if (!Threads.eventually(() -> clock.waiting() == 2)) {
            throw new AssertionError("the parent and terminate did not both wait on the clock");
        }
        clock.advance(SHUTDOWN_TIMEOUT);
    }
}
