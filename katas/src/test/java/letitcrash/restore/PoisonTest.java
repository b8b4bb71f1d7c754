package letitcrash.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Proc;
import letitcrash.server.GenServer;
import letitcrash.testing.Approved;
import letitcrash.testing.Expect;
import letitcrash.time.ManualClock;
import letitcrash.wallet.Wallet;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Case 1: a poison value is backed up and restored with the rest of the state, so every
 * following message crashes the wallet until its supervisor gives up; the backup still holds
 * the poison, so a manual restart crashes too. The clock never moves: four crashes in the
 * same instant.
 */
@Tag("ch06")
@DisplayName("Case 1: the poison is restored with the state")
class PoisonTest {

    @AutoClose
    private final Node node = Node.start(new ManualClock());

    // tag::poison-test[]
    @Test
    @DisplayName("case 1: every call after the poison crashes; the supervisor gives up; a manual restart crashes again")
    void thePoisonIsRestored() throws Exception {
        Approved.verify(node.run(() -> {
            Rig.backup();
            var supervisor = Rig.wallets(List.of(new RestoredWallet("wallet").spec()));
            var watch = Proc.monitor(supervisor);
            Wallet.deposit(Rig.whereis("wallet"), "10.00");
            Wallet.deposit(Rig.whereis("wallet"), "0.001"); // the poison: accepted without complaint
            var answers = new ArrayList<String>();
            for (int call = 1; call <= 4; call++) {
                answers.add("balance: " + Rig.balance("wallet"));
                Rig.settle(supervisor);
            }
            var down = Expect.down(watch, GenServer.INFINITY, "the wallets' supervisor, which gives up on the poisoned wallet");
            assertThat(down.reason()).as("the supervisor gave up").isEqualTo(ExitReason.SHUTDOWN);
            assertThat(Backup.fetch("wallet")).as("the backup still holds the poison")
                    .contains(new Wallet.State(new java.math.BigDecimal("10.001")));
            var manual = Rig.wallets(List.of(new RestoredWallet("wallet").spec())); // an operator starts it again
            answers.add("after a manual restart, balance: " + Rig.balance("wallet"));
            Rig.settle(manual);
            assertThat(answers).allMatch(answer -> answer.contains("Rounding necessary"));
            return Rig.events(node) + String.join("\n", answers) + "\n";
        }));
    }
    // end::poison-test[]
}
