package letitcrash.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import letitcrash.process.Exit;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.ProcessEvent.Signalled;
import letitcrash.server.GenServer;
import letitcrash.supervisor.Worker.Terminated;
import letitcrash.supervisor.Worker.Terminating;
import letitcrash.testing.Approved;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How a supervisor stops a child, by the child's shutdown value: the child's terminate takes
 * 300 ms of the node's clock, and the test moves the clock only once the supervisor and the
 * child wait on it.
 */
@Tag("ch04")
@Tag("kata-4.3")
@DisplayName("4.3 Stopping a child: brutal kill, a timeout then kill, or infinity")
class ShutdownTest {

    private static final String SECTION = "(book: chapter 4, Kata 4.3)";
    private static final Duration TERMINATE_TIME = Duration.ofMillis(300);

    private final ManualClock clock = new ManualClock();
    @AutoClose
    private final Node node = Node.start(clock);

    /** Stops the worker with {@code shutdown}; returns its end and what its terminate did. */
    private String stop(Shutdown shutdown, boolean trapping, Duration advance) throws Exception {
        var running = Threads.start(() -> node.run(() -> {
            var worker = new Worker("w", Proc.self(), trapping, TERMINATE_TIME);
            Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(worker.spec().withShutdown(shutdown)));
            Supervisor.terminateChild(supervisor, "w");
            var seen = new ArrayList<String>();
            Proc.receive(Terminating.class, t -> true, Duration.ZERO).ifPresent(t -> seen.add("terminate began"));
            Proc.receive(Terminated.class, t -> true, Duration.ZERO).ifPresent(t -> seen.add("terminate finished"));
            assertThat(Supervisor.whichChildren(supervisor)).as("the spec is kept " + SECTION)
                    .containsExactly(new ChildInfo("w", java.util.Optional.empty(), ChildSpec.Type.WORKER));
            return stopped(node) + (seen.isEmpty() ? "; terminate did not run" : "; " + String.join(", ", seen));
        }));
        // Three wait on the clock: the caller for terminateChild, the supervisor for the child's end, the child in terminate.
        if (!advance.isZero() && Threads.eventually(() -> clock.waiting() == 3 || running.result().isDone())) {
            clock.advance(advance);
        }
        return running.await("terminateChild, stopping a child with " + shutdown + " " + SECTION);
    }

    /** How the supervisor's trace says the child ended: "ended killed", say. */
    private static String stopped(Node node) {
        return Tree.events(node).lines().filter(line -> line.contains(" stopped ")).findFirst()
                .orElseThrow(() -> new AssertionError("the supervisor recorded no stopped child " + SECTION + "; its events:\n"
                        + Tree.events(node)))
                .replaceAll(".*: ", "ended ");
    }

    @Test
    @DisplayName("4.3 brutal_kill kills at once: terminate never runs, the child ends killed")
    void brutalKill() throws Exception {
        assertThat(stop(Shutdown.BRUTAL_KILL, true, Duration.ZERO)).as(SECTION)
                .isEqualTo("ended killed; terminate did not run");
    }

    // tag::shutdown-timeout-test[]
    @Test
    @DisplayName("4.3 a timeout shorter than terminate: shutdown, then kill when the time is up; terminate is cut off")
    void timeoutThenKill() throws Exception {
        assertThat(stop(Shutdown.after(Duration.ofMillis(100)), true, Duration.ofMillis(100))).as(SECTION)
                .isEqualTo("ended killed; terminate began");
    }
    // end::shutdown-timeout-test[]

    @Test
    @DisplayName("4.3 a timeout long enough: terminate completes, the child ends shutdown")
    void timeoutLongEnough() throws Exception {
        assertThat(stop(Shutdown.after(Duration.ofSeconds(1)), true, TERMINATE_TIME)).as(SECTION)
                .isEqualTo("ended shutdown; terminate began, terminate finished");
    }

    @Test
    @DisplayName("4.3 infinity waits as long as terminate takes")
    void infinity() throws Exception {
        assertThat(stop(Shutdown.INFINITY, true, TERMINATE_TIME)).as(SECTION)
                .isEqualTo("ended shutdown; terminate began, terminate finished");
    }

    @Test
    @DisplayName("4.3 a child that does not trap exits dies at once from the shutdown signal, without terminate")
    void notTrapping() throws Exception {
        assertThat(stop(Shutdown.after(Duration.ofSeconds(1)), false, Duration.ZERO)).as(SECTION)
                .isEqualTo("ended shutdown; terminate did not run");
    }

    @Test
    @DisplayName("4.3 a child that unlinked itself from its supervisor is still stopped: the stop waits for a monitor's DOWN, not for an exit through the link")
    void aChildThatUnlinkedItself() throws Exception {
        var running = Threads.start(() -> node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE),
                    List.of(Worker.of("w").spec().withShutdown(Shutdown.BRUTAL_KILL)));
            Pid child = Expect.whereis("w");
            GenServer.cast(child, new Worker.Unlink(supervisor));
            GenServer.call(child, "ping"); // answered after the cast: the child has cut its link
            Supervisor.terminateChild(supervisor, "w");
            return stopped(node);
        }));
        assertThat(Threads.eventually(() -> running.result().isDone()))
                .as("terminateChild answered; the supervisor still waits for the child's exit message through a link the"
                        + " child cut, a wait OTP's shutdown/2 avoids by monitoring " + SECTION).isTrue();
        assertThat(running.await("terminateChild " + SECTION)).as(SECTION).isEqualTo("ended killed");
    }

    @Test
    @DisplayName("4.3 the stop unlinks the child first: its end sends the supervisor no exit signal, so no stale Exit is left behind")
    void theStopUnlinksFirst() throws Exception {
        node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(Worker.of("w").spec()));
            Pid child = Expect.whereis("w");
            Supervisor.terminateChild(supervisor, "w");
            assertThat(node.trace().events()).as("the exit signals from the stopped child to its supervisor " + SECTION)
                    .filteredOn(event -> event instanceof Signalled(Pid from, Pid to, var reason, var effect)
                            && from.equals(child) && to.equals(supervisor))
                    .isEmpty();
            return null;
        });
    }

    /**
     * A child that ended just before its stop (two children of one group crash at once, say)
     * has already sent its exit message through the link; unlinking cannot take it back. This
     * process stands in for the supervisor: it traps exits, is linked to the child, and calls
     * the stop itself.
     */
    @Test
    @DisplayName("4.3 a child that ended before its stop leaves no exit message behind: the stop drops the one already in the mailbox")
    void theStopDropsAnExitAlreadyThere() throws Exception {
        node.run(() -> {
            Proc.trapExits(true);
            Pid child = Proc.spawnLink(() -> {
                throw Proc.exit(ExitReason.of("bad_input"));
            });
            // Waiting for the child's Down would not do: a monitor set once the child's end is decided gives a
            // noproc Down at once, which can come before the child's Exit (on OTP 25 too: 8 of 20,000 runs; the book's OTP facts appendix).
            assertThat(Threads.eventually(() -> Proc.messages().stream().anyMatch(isExitFrom(child))))
                    .as("the child's exit message, in the mailbox before the stop").isTrue();
            ChildStop.stop(child, Shutdown.BRUTAL_KILL);
            assertThat(Proc.messages()).as("the mailbox after the stop: an Exit left there would reach the supervisor's"
                    + " handleInfo later as the end of a child it no longer runs; OTP's shutdown/2 drops it (unlink_flush) "
                    + SECTION).noneMatch(isExitFrom(child));
            return null;
        });
    }

    private static java.util.function.Predicate<Object> isExitFrom(Pid child) {
        return message -> message instanceof Exit exit && exit.from().equals(child);
    }

    @Test
    @DisplayName("4.3 an orderly stop stops the children one at a time in reverse start order, then the supervisor ends normal")
    void orderlyStop() throws Exception {
        Approved.verify(node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE),
                    List.of(Worker.of("a").spec(), Worker.of("b").spec(), Worker.of("c").spec()));
            Supervisor.stop(supervisor);
            assertThat(node.trace().lines()).contains("exit " + supervisor + " normal");
            return Tree.events(node);
        }));
    }
}
