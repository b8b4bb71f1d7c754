package letitcrash.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Proc;
import letitcrash.server.GenServer;
import letitcrash.supervisor.SupervisorEvent;
import letitcrash.testing.Approved;
import letitcrash.testing.Expect;
import letitcrash.time.ManualClock;
import letitcrash.wallet.Wallet;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Case 4: ten wallets under one supervisor, the fourth poisoned. When the supervisor gives
 * up on it, it stops the nine healthy wallets too, in reverse start order, each with
 * {@code shutdown}; they trap exits, so each stores its balance on the way out.
 */
@Tag("ch06")
@DisplayName("Case 4: one crash loop stops nine healthy wallets")
class TenChildrenTest {

    @AutoClose
    private final Node node = Node.start(new ManualClock());

    private static String name(int i) {
        return "wallet-" + i;
    }

    // tag::ten-children-test[]
    @Test
    @DisplayName("case 4: the give-up stops the nine healthy wallets in reverse start order, with shutdown")
    void nineHealthyWalletsAreStopped() throws Exception {
        Approved.verify(node.run(() -> {
            Rig.backup();
            var supervisor = Rig.wallets(IntStream.rangeClosed(1, 10).mapToObj(i -> new RestoredWallet(name(i)).spec()).toList());
            var watch = Proc.monitor(supervisor);
            for (int i = 1; i <= 10; i++) {
                Wallet.deposit(Rig.whereis(name(i)), i == 4 ? "0.001" : i + ".00"); // wallet-4 is poisoned
            }
            for (int call = 1; call <= 4; call++) {
                Rig.balance(name(4));
                Rig.settle(supervisor);
            }
            var down = Expect.down(watch, GenServer.INFINITY, "the wallets' supervisor, which gives up on wallet-4");
            assertThat(down.reason()).isEqualTo(ExitReason.SHUTDOWN);
            var stopped = node.trace().events().stream().filter(SupervisorEvent.ChildStopped.class::isInstance)
                    .map(SupervisorEvent.ChildStopped.class::cast).toList();
            assertThat(stopped).extracting(SupervisorEvent.ChildStopped::id)
                    .containsExactly(name(10), name(9), name(8), name(7), name(6), name(5), name(3), name(2), name(1));
            assertThat(stopped).extracting(SupervisorEvent.ChildStopped::reason).containsOnly(ExitReason.SHUTDOWN);
            return String.join("\n", Rig.events(node).lines().dropWhile(line -> !line.contains("gives up")).toList()) + "\n";
        }));
    }
    // end::ten-children-test[]
}
