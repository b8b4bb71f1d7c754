package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import letitcrash.testing.BookTable;

/**
 * The exit-signal table of the book's appendix on OTP facts ("Exit signals and links"),
 * each row run against the runtime twice: with a receiver that does not trap exits and with
 * one that does. The same rows render the
 * table the book shows, so the book cannot say what the runtime does not do.
 */
@Tag("ch02")
@DisplayName("Kata 2.2: Exit signals follow Erlang's table")
class ExitSignalTableTest {

    /** What became of the receiver: it died with a reason, it got a message, or nothing happened. */
    sealed interface Outcome {}

    record Dies(String reason) implements Outcome {
        @Override
        public String toString() {
            return "dies with `" + reason + "`";
        }
    }

    record Message(String reason) implements Outcome {
        @Override
        public String toString() {
            return "message `{EXIT, from, " + reason + "}`";
        }
    }

    record Unaffected() implements Outcome {
        @Override
        public String toString() {
            return "unaffected";
        }
    }

    /**
     * One row: how the signal is caused, given the receiver and its linked partner, and what
     * Erlang does to a receiver that does not trap exits and to one that does.
     */
    record Row(String signal, BiConsumer<Pid, Pid> cause, Outcome notTrapping, Outcome trapping) {
        @Override
        public String toString() {
            return signal.replace("`", "");
        }
    }

    // tag::exit-signal-rows[]
    static final List<Row> ROWS = List.of(
            new Row("a linked process ends `normal`", linkedEndsWith(ExitReason.NORMAL),
                    new Unaffected(), new Message("normal")),
            new Row("a linked process ends `shutdown`", linkedEndsWith(ExitReason.SHUTDOWN),
                    new Dies("shutdown"), new Message("shutdown")),
            new Row("a linked process ends `{shutdown, detail}`", linkedEndsWith(ExitReason.shutdown("detail")),
                    new Dies("{shutdown, detail}"), new Message("{shutdown, detail}")),
            new Row("a linked process ends `boom`", linkedEndsWith(ExitReason.of("boom")),
                    new Dies("boom"), new Message("boom")),
            new Row("a linked process itself exits with `kill`", linkedEndsWith(ExitReason.KILL),
                    new Dies("kill"), new Message("kill")),
            new Row("a linked process was killed with `exit(b, kill)`", ExitSignalTableTest::linkedIsKilled,
                    new Dies("killed"), new Message("killed")),
            new Row("`exit(pid, normal)` from another process", exitFromAnother(ExitReason.NORMAL),
                    new Unaffected(), new Message("normal")),
            new Row("`exit(pid, shutdown)` from another process", exitFromAnother(ExitReason.SHUTDOWN),
                    new Dies("shutdown"), new Message("shutdown")),
            new Row("`exit(pid, boom)` from another process", exitFromAnother(ExitReason.of("boom")),
                    new Dies("boom"), new Message("boom")),
            new Row("`exit(pid, kill)` from another process", exitFromAnother(ExitReason.KILL),
                    new Dies("killed"), new Dies("killed")));
    // end::exit-signal-rows[]

    private static final String SECTION = "(book: chapter 2, Kata 2.2)";

    @AutoClose
    private final Node node = Node.start();

    @Test
    @Tag("kata-2.2")
    @DisplayName("a shutdown signal sent from outside ends a process that does not trap exits")
    void aShutdownSignalEndsAProcessThatDoesNotTrap() throws Exception {
        Pid receiver = node.spawn(Proc::receive);
        var down = node.run(() -> {
            Ref ref = Proc.monitor(receiver);
            node.exit(receiver, ExitReason.SHUTDOWN);
            return Expect.down(ref, Threads.HANG_GUARD, "a process sent exit(pid, shutdown), which should end it");
        });

        assertThat(down.reason()).as("the reason in the DOWN of a process sent exit(pid, shutdown) %s", SECTION)
                .isEqualTo(ExitReason.SHUTDOWN);
    }

    @Test
    @Tag("kata-2.2")
    @DisplayName("exit(self(), normal) ends a process that does not trap exits, with normal")
    void aNormalExitToItselfEndsTheProcess() throws Exception {
        Pid receiver = node.spawn(() -> {
            Proc.receive();
            Proc.exit(Proc.self(), ExitReason.NORMAL);
            Proc.receive();
        });
        var down = node.run(() -> {
            Ref ref = Proc.monitor(receiver);
            Proc.send(receiver, "exit yourself");
            return Expect.down(ref, Threads.HANG_GUARD, "a process that sent itself exit(self(), normal): a normal"
                    + " signal is ignored only when it comes from another process");
        });

        assertThat(down.reason()).as("the reason in the DOWN of a process that sent itself exit(self(), normal) %s", SECTION)
                .isEqualTo(ExitReason.NORMAL);
    }

    static Stream<Row> rows() {
        return ROWS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @Tag("kata-2.2")
    @DisplayName("a receiver that does not trap exits")
    void eachRowHoldsForAReceiverThatDoesNotTrapExits(Row row) throws Exception {
        assertThat(outcome(row, false)).as("%s, not trapping %s", row.signal(), SECTION).isEqualTo(row.notTrapping());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    @Tag("kata-2.2")
    @DisplayName("a receiver that traps exits")
    void eachRowHoldsForAReceiverThatTrapsExits(Row row) throws Exception {
        assertThat(outcome(row, true)).as("%s, trapping %s", row.signal(), SECTION).isEqualTo(row.trapping());
    }

    /** The table as the book shows it: rendered from the rows the tests above check. */
    @Test
    void theBooksTableIsTheseRows() {
        BookTable.verify("2,1,1", List.of("signal", "not trapping", "trapping"),
                ROWS.stream().<List<?>>map(row -> List.of(row.signal(), row.notTrapping(), row.trapping())).toList());
    }

    /** What the signal of {@code row} does to a fresh receiver that traps exits or not. */
    /** Tells the receiver's linked partner to end with a reason. */
    record EndWith(ExitReason reason) {}

    record Ready(Pid partner) {}

    /**
     * What the signal of {@code row} does to a fresh receiver that traps exits or not. The
     * receiver starts with a partner linked to it by {@code spawnLink} (so that this kata
     * needs no {@code link} of its own), then forwards the first message it gets.
     */
    private Outcome outcome(Row row, boolean trap) throws Exception {
        return node.run(() -> {
            Pid test = Proc.self();
            Pid receiver = Proc.spawn(() -> {
                Proc.trapExits(trap);
                Pid partner = Proc.spawnLink(() -> {
                    var order = Proc.receive(EndWith.class);
                    throw new ProcessExit(order.reason());
                });
                Proc.send(test, new Ready(partner));
                Proc.send(test, Proc.receive());
            });
            Pid partner = Proc.receive(Ready.class).partner();
            Ref watch = Proc.monitor(receiver);
            row.cause().accept(receiver, partner);
            // Signals are handled before the call that caused them returns, so a probe
            // sent now reaches the receiver after the signal's message, if there is one.
            Proc.send(receiver, "probe");
            var answer = Expect.message(Object.class, m -> m instanceof Exit || "probe".equals(m)
                    || m instanceof Down down && down.ref().equals(watch), Threads.HANG_GUARD,
                    "the receiver's Exit message, its DOWN, or the probe sent after the signal (row " + row + ", trapping: " + trap + ")");
            return switch (answer) {
                case Down down -> new Dies(down.reason().toString());
                case Exit exit -> new Message(exit.reason().toString());
                default -> new Unaffected();
            };
        });
    }

    /** The receiver's linked partner ends with {@code reason}. */
    private static BiConsumer<Pid, Pid> linkedEndsWith(ExitReason reason) {
        return (receiver, partner) -> endAndWait(partner, p -> Proc.send(p, new EndWith(reason)), reason);
    }

    /** The receiver's linked partner is killed by a third process, the test. */
    private static void linkedIsKilled(Pid receiver, Pid partner) {
        endAndWait(partner, p -> Proc.exit(p, ExitReason.KILL), ExitReason.KILLED);
    }

    /** Another process calls {@code exit(receiver, reason)}. */
    private static BiConsumer<Pid, Pid> exitFromAnother(ExitReason reason) {
        return (receiver, partner) -> endAndWait(Proc.spawn(() -> {
            Proc.receive();
            Proc.exit(receiver, reason);
        }), p -> Proc.send(p, "go"), ExitReason.NORMAL);
    }

    /**
     * Lets {@code other} go (by {@code release}) and waits until it has ended, and so sent
     * its signals; it must end with {@code expected}, or the signal was never sent.
     */
    private static void endAndWait(Pid other, java.util.function.Consumer<Pid> release, ExitReason expected) {
        Down down;
        try {
            Ref ref = Proc.monitor(other);
            release.accept(other);
            down = Expect.down(ref, Threads.HANG_GUARD, "the process that causes the signal, which should end with " + expected);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        if (!down.reason().equals(expected)) {
            throw new AssertionError("the process that caused the signal ended with " + down.reason()
                    + " instead of " + expected + " " + SECTION);
        }
    }
}
