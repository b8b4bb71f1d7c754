package letitcrash.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import letitcrash.process.Node;
import letitcrash.process.TraceEvent;
import letitcrash.supervisor.Supervisor;
import letitcrash.testing.Approved;
import letitcrash.time.ManualClock;
import letitcrash.wallet.Wallet;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The restore pattern built as the essay describes it, and its happy path: a crash no longer loses the balance. */
@Tag("ch06")
@DisplayName("6.1-6.2 The restore pattern")
class RestorePatternTest {

    private static final String SECTION = "(book: chapter 6, Kata 6.2)";
    private static final String BACKUP_SECTION = "(book: chapter 6, Kata 6.1)";

    @AutoClose
    private final Node node = Node.start(new ManualClock());

    @Test
    @Tag("kata-6.1")
    @DisplayName("6.1 the backup keeps the last state stored under each key, and has nothing for a key never stored")
    void theBackupKeepsTheLastState() throws Exception {
        node.run(() -> {
            Rig.backup();
            assertThat(Backup.fetch("wallet")).as(BACKUP_SECTION).isEmpty();
            Backup.store("wallet", "first");
            Backup.store("other", "theirs");
            Backup.store("wallet", "second");
            assertThat(Backup.fetch("wallet")).as(BACKUP_SECTION).contains("second");
            assertThat(Backup.fetch("wallet")).as("a second fetch: a fetch leaves the state kept " + BACKUP_SECTION).contains("second");
            assertThat(Backup.fetch("other")).as(BACKUP_SECTION).contains("theirs");
            return null;
        });
    }

    @Test
    @Tag("kata-6.1")
    @DisplayName("6.1 the backup records every store and every fetch in the node's trace, with the state stored or found")
    void theBackupRecordsWhatItDoes() throws Exception {
        node.run(() -> {
            Rig.backup();
            Backup.fetch("wallet");
            Backup.store("wallet", "first");
            Backup.fetch("wallet");
            return null;
        });
        assertThat(node.trace().events()).filteredOn(BackupEvent.class::isInstance).extracting(TraceEvent::line)
                .as("the backup's lines in the trace " + BACKUP_SECTION)
                .containsExactly("backup fetched wallet: nothing", "backup stored wallet: first", "backup fetched wallet: first");
    }

    // tag::happy-path-test[]
    @Test
    @Tag("kata-6.2")
    @DisplayName("6.2 a crash no longer loses the balance: terminate stores it, the restarted wallet fetches it")
    void aCrashNoLongerLosesTheBalance() throws Exception {
        Approved.verify(node.run(() -> {
            Rig.backup();
            var supervisor = Rig.wallets(List.of(new RestoredWallet("wallet").spec()));
            Wallet.deposit(Rig.whereis("wallet"), "10.00");
            Wallet.deposit(Rig.whereis("wallet"), "2.50");
            assertThat(Rig.balance("wallet")).as(SECTION).isEqualTo("12.50");
            Rig.crash(supervisor, "wallet", new Wallet.Deposit("twelve")); // not a number: the wallet crashes
            assertThat(Rig.balance("wallet")).as("the balance after the restart " + SECTION).isEqualTo("12.50");
            return Rig.events(node);
        }));
    }
    // end::happy-path-test[]

    @Test
    @Tag("kata-6.2")
    @DisplayName("6.2 each wallet is kept under its own name: alice and bob crash, and each gets its own balance back")
    void eachWalletUnderItsOwnName() throws Exception {
        node.run(() -> {
            Rig.backup();
            var supervisor = Rig.wallets(List.of(new RestoredWallet("alice").spec(), new RestoredWallet("bob").spec()));
            Wallet.deposit(Rig.whereis("alice"), "10.00");
            Wallet.deposit(Rig.whereis("bob"), "20.00");
            Rig.crash(supervisor, "alice", new Wallet.Deposit("ten"));
            Rig.crash(supervisor, "bob", new Wallet.Deposit("twenty"));
            assertThat(List.of(Rig.balance("alice"), Rig.balance("bob")))
                    .as("alice's and bob's balances after their restarts " + SECTION).containsExactly("10.00", "20.00");
            return null;
        });
    }

    @Test
    @Tag("kata-6.2")
    @DisplayName("6.2 the wallet traps exits, so a shutdown from its supervisor runs terminate and stores the balance")
    void aShutdownStoresTheBalance() throws Exception {
        node.run(() -> {
            Rig.backup();
            var supervisor = Rig.wallets(List.of(new RestoredWallet("wallet").spec()));
            Wallet.deposit(Rig.whereis("wallet"), "7.00");
            Rig.balance("wallet");
            Supervisor.terminateChild(supervisor, "wallet"); // shutdown, from its parent
            assertThat(Backup.fetch("wallet")).as(SECTION).contains(new Wallet.State(new java.math.BigDecimal("7.00")));
            return null;
        });
    }
}
