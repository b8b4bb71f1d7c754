package letitcrash.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import letitcrash.process.Node;
import letitcrash.server.From;
import letitcrash.server.Server;
import letitcrash.store.EventJournal;
import letitcrash.store.FileStore;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kata 10.4 tests the learner's check three ways: it must refute a replay that trusts every
 * stored event, and let pass chapter 10's wallet (it refuses to start, and names the event)
 * and the same wallet with an upcaster that repairs the old event.
 */
@Tag("ch10")
@Tag("kata-10.4")
@DisplayName("10.4 Break it: an old poison in the journal")
class BreakTheJournalTest {

    private static final String SECTION = "(book: chapter 10, Kata 10.4)";

    @AutoClose
    private final Node node = Node.start();

    @TempDir
    private Path folder;

    /** A wallet that replays its stream as it finds it: each amount added, nothing checked. */
    record TrustingReplay(String journal) implements Server<Wallet.State> {
        @Override
        public Wallet.State init(Object arg) throws Exception {
            var state = new Wallet.State(BigDecimal.ZERO.setScale(2));
            for (var entry : EventJournal.read(journal, "wallet", 0)) {
                state = state.apply(new Wallet.Deposited(new BigDecimal(entry.event().split(" ")[1])));
            }
            return state;
        }

        @Override
        public CallResult<Wallet.State> handleCall(Object request, From from, Wallet.State state) {
            return new Reply<>(Wallet.inCents(state.balance()), state);
        }
    }

    private void journal() throws InterruptedException {
        Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(EventJournal.spec("journal", folder.resolve("old.journal"))));
    }

    private JournaledWallet checking() {
        return JournaledWallet.of("wallet", "journal", FileStore.in(folder));
    }

    // tag::break-the-journal-test[]
    @Test
    @DisplayName("10.4 the check refutes a replay that trusts what it reads")
    void theCheckFailsAgainstATrustingReplay() throws Exception {
        node.run(() -> {
            journal();
            var refuted = catchThrowable(() -> BreakTheJournal.anOldPoisonIsNeverReplayed("journal", "wallet", new TrustingReplay("journal")));
            assertThat(refuted).as("the check passed against a replay that adds 0.001 to the balance: it must find that"
                    + " the wallet then crashes when asked, and throw AssertionError " + SECTION).isInstanceOf(AssertionError.class);
            return null;
        });
    }

    @Test
    @DisplayName("10.4 the check passes against chapter 10's wallet: it refuses to start, and names the event")
    void theCheckPassesAgainstAWalletThatRefusesToStart() throws Exception {
        node.run(() -> {
            journal();
            assertThatCode(() -> BreakTheJournal.anOldPoisonIsNeverReplayed("journal", "wallet", checking()))
                    .as("a wallet that will not start on the poison, and says which event it is, never runs poisoned "
                            + SECTION).doesNotThrowAnyException();
            return null;
        });
    }
    // end::break-the-journal-test[]

    @Test
    @DisplayName("10.4 the check passes against the same wallet with an upcaster that repairs the event")
    void theCheckPassesAgainstARepairingUpcaster() throws Exception {
        node.run(() -> {
            journal();
            var repaired = new JournaledWallet("wallet", "journal", FileStore.in(folder), 100,
                    event -> event.equals("Deposited 0.001") ? "Deposited 0.01" : event); // a person decided: the customer gets the cent
            assertThatCode(() -> BreakTheJournal.anOldPoisonIsNeverReplayed("journal", "wallet", repaired))
                    .as("a wallet that starts and answers has no poison in it: ask it, do not demand that it refuse "
                            + SECTION).doesNotThrowAnyException();
            return null;
        });
    }
}
