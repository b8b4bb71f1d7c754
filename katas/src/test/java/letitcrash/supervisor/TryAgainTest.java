package letitcrash.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.server.GenServer;
import letitcrash.testing.Approved;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A restart whose start fails is tried again, and every try is counted: a child that cannot start makes its supervisor give up. */
@Tag("ch05")
@Tag("kata-5.3")
@DisplayName("5.3 A restart that cannot start is tried again, and counted")
class TryAgainTest {

    private static final String SECTION = "(book: chapter 5, Kata 5.3)";

    /** How long the failing start of {@link #theSupervisorAnswersBetweenTries} takes on the node's clock. */
    private static final Duration CONNECT_TIME = Duration.ofSeconds(1);

    private final ManualClock clock = new ManualClock();
    @AutoClose
    private final Node node = Node.start(clock);

    // tag::try-again-test[]
    @Test
    @DisplayName("5.3 a child that starts once and then never again: three tries are counted, the fourth gives up")
    void triesAreCounted() throws Exception {
        var starts = new AtomicInteger();
        var db = ChildSpec.worker("db", () -> {
            if (starts.incrementAndGet() > 1) {
                throw Proc.exit(ExitReason.of("econnrefused"));
            }
            return GenServer.startLink(Worker.of("db"), null, "db");
        });
        Approved.verify(node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(db));
            var watch = Proc.monitor(supervisor);
            Tree.end(supervisor, "db", Worker.CRASH);
            for (int round = 1; round <= 10 && node.isAlive(supervisor); round++) {
                Tree.settle(supervisor); // each round lets the supervisor take at least one more try
            }
            assertThat(node.isAlive(supervisor)).as("the supervisor should have given up, its tries used up; it still runs, with db"
                    + " down and no try pending: a start that fails inside a restart must be tried again " + SECTION).isFalse();
            var down = Expect.down(watch, GenServer.INFINITY, "the supervisor, which has ended");
            assertThat(down.reason()).as(SECTION).isEqualTo(ExitReason.SHUTDOWN);
            assertThat(starts).as("one start, then three tries " + SECTION).hasValue(4);
            return Tree.events(node) + "supervisor ended " + down.reason() + "\n";
        }));
    }
    // end::try-again-test[]

    @Test
    @DisplayName("5.3 the try is for the child that could not start: under rest_for_one, a crashes and b fails its restart; the try brings b back and leaves a running")
    void theTryIsForTheChildThatCouldNotStart() throws Exception {
        var bStarts = new AtomicInteger();
        var b = ChildSpec.worker("b", () -> {
            if (bStarts.incrementAndGet() == 2) { // b's start in the restart of a's group
                throw Proc.exit(ExitReason.of("econnrefused"));
            }
            return GenServer.startLink(Worker.of("b"), null, "b");
        });
        Approved.verify(node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(Strategy.REST_FOR_ONE), List.of(Worker.of("a").spec(), b));
            Tree.end(supervisor, "a", Worker.CRASH);
            Tree.settle(supervisor); // the try was sent while a's end was handled, before this call
            var children = Supervisor.whichChildren(supervisor);
            assertThat(children).as("a and b running once the try is handled: OTP tries again the child that could not start,"
                    + " and restarts its strategy's group from there " + SECTION).allMatch(child -> child.pid().isPresent());
            return Tree.events(node);
        }));
    }

    @Test
    @DisplayName("5.3 between a failed start and its try, the supervisor answers: a whichChildren sent during the start sees db down")
    void theSupervisorAnswersBetweenTries() throws Exception {
        var starts = new AtomicInteger();
        var db = ChildSpec.worker("db", () -> {
            if (starts.incrementAndGet() == 2) { // the restart: a slow connection attempt that fails
                Proc.receive(Void.class, nothing -> false, CONNECT_TIME);
                throw Proc.exit(ExitReason.of("econnrefused"));
            }
            return GenServer.startLink(Worker.of("db"), null, "db");
        });
        var asking = new AtomicBoolean();
        var running = Threads.start(() -> node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(db));
            Pid first = Expect.whereis("db");
            var watch = Proc.monitor(first);
            GenServer.cast(first, Worker.CRASH);
            Expect.down(watch, GenServer.INFINITY, "db, cast a crash");
            asking.set(true);
            var during = Supervisor.whichChildren(supervisor);
            Tree.settle(supervisor); // the try was sent before this call's answer, so it is handled by now
            return List.of(during, Supervisor.whichChildren(supervisor));
        }));
        // Then two wait on the clock: the supervisor in the failing start, and our whichChildren.
        if (Threads.eventually(() -> asking.get() && clock.waiting() == 2 || running.result().isDone())) {
            clock.advance(CONNECT_TIME);
        }
        var seen = running.await("whichChildren while the restart's start fails, and once its try has been handled " + SECTION);
        assertThat(seen.getFirst()).as("whichChildren, asked while the restart's start failed: answered before the try,"
                + " with db down; a supervisor that tries again inside the same callback answers only after " + SECTION)
                .containsExactly(new ChildInfo("db", Optional.empty(), ChildSpec.Type.WORKER));
        assertThat(seen.getLast().getFirst().pid()).as("db, once the try has been handled " + SECTION).isPresent();
        assertThat(starts).as("one start, one failed restart, one try " + SECTION).hasValue(3);
    }
}
