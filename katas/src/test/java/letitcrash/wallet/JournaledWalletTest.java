package letitcrash.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.server.CallExit;
import letitcrash.server.GenServer;
import letitcrash.store.EventJournal;
import letitcrash.store.FileStore;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;
import letitcrash.testing.Expect;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kata 10.3: the journaled wallet checks a deposit at the edge before it becomes an event,
 * appends each event before it applies it, and snapshots every so many events once they are
 * durable, so a kill, a new node or a failed append never gives a state the journal does
 * not hold.
 */
@Tag("ch10")
@Tag("kata-10.3")
@DisplayName("10.3 Validate, append, then apply")
class JournaledWalletTest {

    private static final String SECTION = "(book: chapter 10, Kata 10.3)";

    @AutoClose
    private final Node node = Node.start();

    @TempDir
    private Path folder;

    private JournaledWallet wallet(int every) {
        return new JournaledWallet("wallet", "journal", FileStore.in(folder), every, UnaryOperator.identity());
    }

    /** The journal under a supervisor of its own, and the wallet under another; returns the wallet's supervisor. */
    private Pid start(JournaledWallet wallet) throws InterruptedException {
        Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(EventJournal.spec("journal", folder.resolve("wallets.journal"))));
        return Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(wallet.spec()));
    }

    private static List<String> journaled() throws InterruptedException {
        return EventJournal.read("journal", "wallet", 0).stream().map(EventJournal.Entry::event).toList();
    }

    // tag::poison-never-stored[]
    @Test
    @DisplayName("10.3 a poison is refused at the edge and never becomes an event")
    void aPoisonNeverBecomesAnEvent() throws Exception {
        node.run(() -> {
            start(wallet(100));
            Wallet.deposit(Expect.whereis("wallet"), "10.00");
            Wallet.deposit(Expect.whereis("wallet"), "0.001");
            assertThat(Wallet.balance(Expect.whereis("wallet"))).as("the balance after 10.00 and 0.001 " + SECTION)
                    .isEqualByComparingTo("10.00");
            assertThat(journaled()).as("the events in the journal: only what passed the edge " + SECTION)
                    .containsExactly("Deposited 10.00");
            return null;
        });
        assertThat(node.trace().lines()).as("the refusal, recorded in the trace (a cast answers nobody) " + SECTION)
                .anyMatch(line -> line.contains("refused") && line.contains("0.001"));
    }
    // end::poison-never-stored[]

    @Test
    @DisplayName("10.3 a deposit and a withdrawal acknowledged, a kill: the replay gives them back")
    void aKillLosesNothing() throws Exception {
        node.run(() -> {
            var supervisor = start(wallet(100));
            Wallet.deposit(Expect.whereis("wallet"), "10.00");
            Wallet.withdraw(Expect.whereis("wallet"), "4.00");
            var first = Expect.whereis("wallet");
            var watch = Proc.monitor(first);
            Proc.exit(first, ExitReason.KILL);
            Expect.down(watch, GenServer.DEFAULT_TIMEOUT, "the killed wallet");
            Supervisor.countChildren(supervisor);
            assertThat(Wallet.balance(Expect.whereis("wallet"))).as("10.00 in, 4.00 out, then a kill " + SECTION)
                    .isEqualByComparingTo("6.00");
            assertThat(journaled()).as("the events " + SECTION).containsExactly("Deposited 10.00", "Withdrawn 4.00");
            return null;
        });
    }

    @Test
    @DisplayName("10.3 a new node replays the journal from the last snapshot, and nothing twice")
    void aNewNodeReplaysFromTheSnapshot() throws Exception {
        try (var first = Node.start()) {
            first.run(() -> {
                start(wallet(3));
                for (int i = 0; i < 7; i++) {
                    Wallet.deposit(Expect.whereis("wallet"), "1.00");
                }
                return Wallet.balance(Expect.whereis("wallet"));
            });
        }
        var after = node.run(() -> {
            start(wallet(3));
            var snapshot = FileStore.in(folder).open("wallet.snapshot").read().orElseThrow(
                    () -> new AssertionError("no snapshot after 7 events, one every 3 " + SECTION));
            var sixth = EventJournal.read("journal", "wallet", 0).get(5);
            assertThat(snapshot).as("the last snapshot, after event 6 of 7: its number, the offset after it, the balance "
                    + SECTION).isEqualTo("6 " + sixth.end() + " 6.00");
            return Wallet.balance(Expect.whereis("wallet"));
        });
        assertThat(after).as("seven deposits of 1.00, replayed from the snapshot after the sixth " + SECTION)
                .isEqualByComparingTo("7.00");
    }

    // tag::no-snapshot-before-the-append[]
    @Test
    @DisplayName("10.3 an append that fails changes nothing: no snapshot, and the next start has only what the journal holds")
    void aFailedAppendChangesNothing() throws Exception {
        node.run(() -> {
            var journals = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE),
                    List.of(EventJournal.spec("journal", folder.resolve("wallets.journal"))));
            var first = GenServer.start(wallet(1), null);
            GenServer.call(first, new Wallet.Deposit("10.00"));
            Supervisor.terminateChild(journals, "journal"); // the journal is gone: the next append fails
            var failed = catchThrowable(() -> GenServer.call(first, new Wallet.Deposit("2.50")));
            assertThat(failed).as("a deposit whose append failed must not be answered " + SECTION).isInstanceOf(CallExit.class);
            Supervisor.restartChild(journals, "journal");
            var again = GenServer.start(wallet(1), null);
            assertThat(Wallet.balance(again)).as("the wallet restarted after its append failed: the 2.50 never reached the"
                    + " journal, so no snapshot may hold it either " + SECTION).isEqualByComparingTo("10.00");
            return null;
        });
    }
    // end::no-snapshot-before-the-append[]
}
