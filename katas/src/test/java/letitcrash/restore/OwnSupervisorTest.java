package letitcrash.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.server.CallExit;
import letitcrash.server.GenServer;
import letitcrash.supervisor.ChildSpec;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Restart;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;
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
 * Case 4's remedy by tree design, OTP's way: each wallet under a supervisor of its own, the
 * ten supervisors under a top one. The crash loop of the poisoned wallet-4 then ends only its
 * own supervisor. A transient one stays down, and the nine run on; a permanent one is
 * restarted by the top, its new wallet fetches the poison again, and the top gives up in turn:
 * escalation carries the restored poison up the tree, because the backup outlives every restart.
 */
@Tag("ch06")
@DisplayName("Case 4's remedy: a supervisor of its own for each wallet")
class OwnSupervisorTest {

    private static final Wallet.State POISON = new Wallet.State(new BigDecimal("0.001"));

    @AutoClose
    private final Node node = Node.start(new ManualClock());

    private static String name(int i) {
        return "wallet-" + i;
    }

    // tag::own-supervisor-tree[]
    /** Ten wallets, each under a supervisor of its own (Elixir's defaults) with {@code restart}; the ten under a top one. */
    static Pid tree(Restart restart) throws InterruptedException {
        return Rig.wallets(IntStream.rangeClosed(1, 10).mapToObj(i -> ChildSpec.supervisor(name(i) + " supervisor",
                () -> Supervisor.startLink(name(i) + " supervisor", Flags.of(Strategy.ONE_FOR_ONE),
                        List.of(new RestoredWallet(name(i)).spec()))).withRestart(restart)).toList());
    }
    // end::own-supervisor-tree[]

    /** Pays each wallet its own amount, wallet-4 the poison; returns the ten wallets' pids. */
    private static List<Pid> payAndPoison() throws InterruptedException {
        for (int i = 1; i <= 10; i++) {
            Wallet.deposit(Rig.whereis(name(i)), i == 4 ? "0.001" : i + ".00");
        }
        return IntStream.rangeClosed(1, 10).mapToObj(i -> Rig.whereis(name(i))).toList();
    }

    /** Asks wallet-4 its balance until its own supervisor gives up (four crashes), then lets the top deal with that. */
    private static void loopUntilItsSupervisorGivesUp(Pid top) throws InterruptedException {
        var own = Rig.whereis(name(4) + " supervisor");
        for (int call = 1; call <= 4; call++) {
            Rig.balance(name(4));
            Rig.settle(own);
        }
        Rig.settle(top);
    }

    /**
     * The trace from the first give-up on, the tree's part of it: wallet-4's own crashes,
     * restarts and stores are left out, and of its fetches only the one each new wallet-4 makes
     * when the top has restarted its supervisor.
     */
    private String treeEvents() {
        var kept = new StringBuilder();
        String previous = "";
        for (String line : Rig.events(node).lines().dropWhile(line -> !line.contains("gives up")).toList()) {
            boolean walletFour = line.matches("supervisor \\S+ (saw|restarts|started) wallet-4( <.*|$)")
                    || line.startsWith("backup stored wallet-4:")
                    || line.startsWith("backup fetched wallet-4:") && !previous.endsWith("restarts wallet-4 supervisor");
            if (!walletFour) {
                kept.append(line).append('\n');
            }
            previous = line;
        }
        return kept.toString();
    }

    /** What an owner who asks the wallet {@code name} its balance, by name, is told. */
    private static String askByName(String name) throws InterruptedException {
        try {
            return "a call to " + name + " answers " + GenServer.call(name, new Wallet.Balance());
        } catch (CallExit noWallet) {
            return "a call to " + name + " exits " + noWallet.reason();
        }
    }

    // tag::own-supervisor-test[]
    @Test
    @DisplayName("case 4's remedy: wallet-4's own transient supervisor gives up and stays down; the nine run on, untouched")
    void aSupervisorOfItsOwnKeepsTheNineRunning() throws Exception {
        Approved.verify(node.run(() -> {
            Rig.backup();
            var top = tree(Restart.TRANSIENT);
            var before = payAndPoison();
            loopUntilItsSupervisorGivesUp(top);
            var events = treeEvents();
            assertThat(node.isAlive(top)).as("the top supervisor").isTrue();
            assertThat(node.whereis(name(4))).as("wallet-4, whose supervisor gave up").isEmpty();
            for (int i : List.of(1, 2, 3, 5, 6, 7, 8, 9, 10)) {
                assertThat(Rig.whereis(name(i))).as(name(i) + ", never stopped").isEqualTo(before.get(i - 1));
                assertThat(Rig.balance(name(i))).isEqualTo(i + ".00");
            }
            assertThat(Backup.fetch(name(4))).as("the poison, waiting in the backup")
                    .contains(POISON);
            String owner = askByName(name(4));
            assertThat(owner).contains("noproc");
            return events + "the nine wallets: the same processes, each with its balance\n" + owner + "\n";
        }));
    }
    // end::own-supervisor-test[]

    @Test
    @DisplayName("case 4's remedy, permanent: the top restarts wallet-4's supervisor, the poison comes back, and the top gives up")
    void escalationCarriesThePoisonUpTheTree() throws Exception {
        Approved.verify(node.run(() -> {
            Rig.backup();
            var top = tree(Restart.PERMANENT);
            var watch = Proc.monitor(top);
            payAndPoison();
            int giveUps = 0;
            while (node.isAlive(top)) {
                loopUntilItsSupervisorGivesUp(top);
                giveUps++;
            }
            var down = Expect.down(watch, GenServer.INFINITY, "the top supervisor, which gives up on wallet-4's supervisor");
            assertThat(down.reason()).isEqualTo(ExitReason.SHUTDOWN);
            var events = treeEvents();
            assertThat(giveUps).as("wallet-4's supervisor gave up, and the top restarted it three times").isEqualTo(4);
            var stopped = node.trace().events().stream().filter(SupervisorEvent.ChildStopped.class::isInstance).count();
            assertThat(stopped).as("the top stopped the nine other supervisors, and each its wallet").isEqualTo(18);
            assertThat(Backup.fetch(name(4))).as("the poison, still in the backup")
                    .contains(POISON);
            return events;
        }));
    }

    @Test
    @DisplayName("case 4's remedy: the backup's poison is what a restarted wallet-4 starts from")
    void theRestartedWalletStartsFromThePoison() throws Exception {
        node.run(() -> {
            Rig.backup();
            var top = tree(Restart.PERMANENT);
            payAndPoison();
            loopUntilItsSupervisorGivesUp(top);
            assertThat(Rig.balance(name(4))).as("the new wallet-4, under a new supervisor").contains("Rounding necessary");
            return null;
        });
    }
}
