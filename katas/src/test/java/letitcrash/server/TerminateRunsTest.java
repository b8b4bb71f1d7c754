package letitcrash.server;

import static letitcrash.server.Counter.Op.CRASH;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import letitcrash.process.Down;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.Ref;
import letitcrash.server.TerminateTableTest.Row;
import letitcrash.server.TerminateTableTest.Seen;
import letitcrash.testing.Expect;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The rows of the terminate table that the loop decides: a crash, and a trapped exit
 * signal from the parent or from anyone else. Each test runs one row of
 * {@link TerminateTableTest#ROWS}, the rows the book's table is rendered from.
 */
@Tag("ch03")
@Tag("kata-3.4")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the simplest step fails first
@DisplayName("Kata 3.4: When terminate runs")
class TerminateRunsTest {

    private static final String SECTION = "(book: chapter 3, section Kata 3.4: When terminate runs)";

    /** The row of the book's table for {@code event}, with a server that traps exits or not. */
    private static Row row(String event, boolean trapExits) {
        return TerminateTableTest.ROWS.stream()
                .filter(row -> row.event().equals(event) && row.runs() && row.setup().trapExits() == trapExits)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(
                        "no row of the book's table where terminate runs for '" + event + "', trapping exits: " + trapExits));
    }

    private static void holds(Row row) throws Exception {
        assertThat(TerminateTableTest.observe(row))
                .as("%s%s: terminate and the server's fate %s", row.event(), row.setup().trapExits() ? ", trapping exits" : "", SECTION)
                .isEqualTo(new Seen(row.terminate(), row.fate()));
    }

    // tag::terminate-parent-test[]
    @Test
    @Order(4)
    @DisplayName("the parent's exit signal, trapped, runs terminate with its reason, then ends the server with it")
    void theParentsExitRunsTerminate() throws Exception {
        holds(row("the parent's `exit(pid, shutdown)`", true));
    }
    // end::terminate-parent-test[]

    @Test
    @DisplayName("a callback that throws runs terminate, but one that throws because a kill interrupted it does not")
    void aKillThatInterruptsACallbackIsNoCrash() throws Exception {
        holds(row("a callback throws", true));
        holds(row("`exit(pid, kill)` while a callback is busy", true));
    }

    @Test
    @Order(5)
    @DisplayName("a trapped exit signal from a linked process that is not the parent is an info: the server runs on")
    void anotherLinkedProcessesExitIsAnInfo() throws Exception {
        holds(row("a linked process, not the parent, ends `boom`", true));
    }

    @Test
    @Order(6)
    @DisplayName("exit(pid, shutdown) from another process, trapped, is an info too")
    void anotherProcessesShutdownIsAnInfo() throws Exception {
        holds(row("`exit(pid, shutdown)` from another process", true));
    }

    @Test
    @Order(1)
    @DisplayName("a callback that throws runs terminate with crash(exception), then ends the server with it")
    void aCallbackThatThrowsRunsTerminate() throws Exception {
        holds(row("a callback throws", false));
    }

    @Test
    @Order(2)
    @DisplayName("a callback that throws runs terminate even when the server traps exits")
    void aCallbackThatThrowsRunsTerminateWhileTrapping() throws Exception {
        holds(row("a callback throws", true));
    }

    @Test
    @Order(3)
    @DisplayName("a callback that exits with a reason runs terminate with that reason, not with a crash")
    void aCallbackThatExitsRunsTerminateWithItsReason() throws Exception {
        record Quits() implements Server<Pid> {
            @Override
            public Pid init(Object observer) {
                return (Pid) observer;
            }

            @Override
            public CastResult<Pid> handleCast(Object request, Pid observer) {
                throw Proc.exit(ExitReason.of("quit"));
            }

            @Override
            public void terminate(ExitReason reason, Pid observer) {
                Proc.send(observer, new Counter.Terminated(reason));
            }
        }
        try (var node = Node.start(new ManualClock())) {
            record Seen(List<Object> mailbox, ExitReason down) {}
            Seen seen = node.run(() -> {
                Pid server = GenServer.start(new Quits(), Proc.self());
                Ref watch = Proc.monitor(server);
                GenServer.cast(server, "anything");
                ExitReason down = Expect.down(watch, GenServer.INFINITY, "a server whose handleCast answered Stop(quit)").reason();
                return new Seen(node.messages(Proc.self()), down); // terminate's message came before the DOWN
            });

            assertThat(seen.mailbox()).as("what terminate got %s", SECTION)
                    .containsExactly(new Counter.Terminated(ExitReason.of("quit")));
            assertThat(seen.down()).as("the server's end %s", SECTION).isEqualTo(ExitReason.of("quit"));
        }
    }

    @Test
    @Order(7)
    @DisplayName("a server that crashes during a call runs terminate, and the call fails with the crash")
    void aServerThatCrashesFailsTheCall() throws Exception {
        try (var node = Node.start(new ManualClock())) {
            record Seen(CallExit failed, List<Object> mailbox) {}
            Seen seen = node.run(() -> {
                Pid counter = GenServer.start(new Counter(), Proc.self());
                try {
                    GenServer.call(counter, CRASH);
                    return null;
                } catch (CallExit exit) {
                    return new Seen(exit, node.messages(Proc.self())); // terminate's message came before the DOWN
                }
            });

            assertThat(seen.mailbox()).as("what terminate got %s", SECTION)
                    .map(Object::toString).containsExactly("{terminated, crash(IllegalStateException: boom)}");
            assertThat(seen.failed().reason()).as("why the call failed %s", SECTION).hasToString(
                    "{crash(IllegalStateException: boom), {GenServer, call, [<0.2.0>, crash, 5000]}}");
        }
    }
}
