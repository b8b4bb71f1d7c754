package letitcrash.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.supervisor.Supervisor;
import letitcrash.testing.Approved;
import letitcrash.time.ManualClock;
import letitcrash.wallet.Wallet;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Case 6: the backup is one process holding every saved state in its memory. When it dies,
 * its supervisor starts a new, empty one, and a wallet that was stopped while it died
 * (stopped for an upgrade, say) starts again with nothing.
 */
@Tag("ch06")
@DisplayName("Case 6: the backup is a single point of failure")
class BackupDiesTest {

    @AutoClose
    private final Node node = Node.start(new ManualClock());

    // tag::backup-dies-test[]
    @Test
    @DisplayName("case 6: the backup dies, and every state it saved dies with it")
    void everySavedStateDiesWithTheBackup() throws Exception {
        Approved.verify(node.run(() -> {
            var backups = Rig.backup();
            var supervisor = Rig.wallets(List.of(new RestoredWallet("alice").spec(), new RestoredWallet("bob").spec()));
            Wallet.deposit(Rig.whereis("alice"), "10.00");
            Wallet.deposit(Rig.whereis("bob"), "20.00");
            Rig.crash(supervisor, "alice", new Wallet.Deposit("ten")); // saved and restored: the pattern works
            Rig.crash(supervisor, "bob", new Wallet.Deposit("twenty"));
            var before = List.of(Rig.balance("alice"), Rig.balance("bob"));
            Supervisor.terminateChild(supervisor, "alice"); // stopped for an upgrade: terminate saves the balance
            Supervisor.terminateChild(supervisor, "bob");
            Rig.end(backups, Rig.whereis(Backup.NAME), ExitReason.KILL); // its supervisor starts an empty one
            Supervisor.restartChild(supervisor, "alice");
            Supervisor.restartChild(supervisor, "bob");
            var after = List.of(Rig.balance("alice"), Rig.balance("bob"));
            assertThat(before).containsExactly("10.00", "20.00");
            assertThat(after).containsExactly("0.00", "0.00");
            return Rig.events(node) + "balances before the backup died: " + before + "\nand after: " + after + "\n";
        }));
    }
    // end::backup-dies-test[]
}
