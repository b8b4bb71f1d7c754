package letitcrash.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.server.CallExit;
import letitcrash.server.GenServer;
import letitcrash.store.FileStore;
import letitcrash.store.Slot;
import letitcrash.store.Store;
import letitcrash.store.StoreFailed;
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
 * Kata 9.3: the stored wallet starts from its slot and stores every new state before it
 * answers, so a kill, a crash or a new JVM loses nothing a caller heard back about.
 */
@Tag("ch09")
@Tag("kata-9.3")
@DisplayName("9.3 Store the state before you answer")
class StoredWalletTest {

    private static final String SECTION = "(book: chapter 9, Kata 9.3)";

    @AutoClose
    private final Node node = Node.start();

    @TempDir
    private Path folder;

    /** The book's plain wallet, as a wallet server named "wallet". */
    private static final WalletServer PLAIN = () -> "wallet";

    /** A store whose next write fails, when a test says so: a disk that is full, say. */
    static final class FailingStore implements Store {
        private final Store store;
        volatile boolean failNextWrite;

        FailingStore(Store store) {
            this.store = store;
        }

        @Override
        public Slot open(String key) throws Exception {
            var slot = store.open(key);
            return new Slot() {
                @Override
                public String key() {
                    return slot.key();
                }

                @Override
                public Optional<String> read() {
                    return slot.read();
                }

                @Override
                public void write(String value) throws Exception {
                    if (failNextWrite) {
                        failNextWrite = false;
                        throw new StoreFailed("the disk is full (a test's failing store)");
                    }
                    slot.write(value);
                }

                @Override
                public void close() {
                    slot.close();
                }
            };
        }
    }

    private Pid supervise(StoredWallet wallet) throws InterruptedException {
        return Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(wallet.spec()));
    }

    /** Kills the wallet and returns once its supervisor has started the next one. */
    private static void kill(Pid supervisor) throws InterruptedException {
        var wallet = Expect.whereis("wallet");
        var watch = Proc.monitor(wallet);
        Proc.exit(wallet, ExitReason.KILL);
        Expect.down(watch, GenServer.DEFAULT_TIMEOUT, "the killed wallet");
        Supervisor.countChildren(supervisor); // answered once the restart is done
    }

    // tag::stored-survives-a-kill[]
    @Test
    @DisplayName("9.3 a deposit acknowledged, a kill, a restart: the deposit is there")
    void anAcknowledgedDepositSurvivesAKill() throws Exception {
        node.run(() -> {
            var supervisor = supervise(new StoredWallet(PLAIN, FileStore.in(folder)));
            Wallet.deposit(Expect.whereis("wallet"), "10.00"); // a cast: the balance asked next is answered after it
            var acknowledged = Wallet.balance(Expect.whereis("wallet"));
            kill(supervisor);
            assertThat(Wallet.balance(Expect.whereis("wallet"))).as("acknowledged " + acknowledged
                    + ", then the wallet was killed (no terminate runs): the restarted wallet must start from its slot "
                    + SECTION).isEqualByComparingTo(acknowledged);
            return null;
        });
    }
    // end::stored-survives-a-kill[]

    @Test
    @DisplayName("9.3 a withdrawal answered, a kill, a restart: the withdrawal is there")
    void anAnsweredWithdrawalSurvivesAKill() throws Exception {
        node.run(() -> {
            var supervisor = supervise(new StoredWallet(PLAIN, FileStore.in(folder)));
            Wallet.deposit(Expect.whereis("wallet"), "10.00");
            var answered = Wallet.withdraw(Expect.whereis("wallet"), "4.00");
            kill(supervisor);
            assertThat(Wallet.balance(Expect.whereis("wallet"))).as("a withdrawal of 4.00 was answered with " + answered
                    + ", then the wallet was killed: store the state a call leaves too " + SECTION)
                    .isEqualByComparingTo("6.00");
            return null;
        });
    }

    @Test
    @DisplayName("9.3 the state outlives the node: a new node starts the wallet where the old one left it")
    void theStateOutlivesTheNode() throws Exception {
        try (var first = Node.start()) {
            first.run(() -> {
                supervise(new StoredWallet(PLAIN, FileStore.in(folder)));
                Wallet.deposit(Expect.whereis("wallet"), "12.50");
                return Wallet.balance(Expect.whereis("wallet"));
            });
        }
        var after = node.run(() -> {
            supervise(new StoredWallet(PLAIN, FileStore.in(folder)));
            return Wallet.balance(Expect.whereis("wallet"));
        });
        assertThat(after).as("12.50 acknowledged in a node that then closed, as a JVM ends " + SECTION)
                .isEqualByComparingTo("12.50");
    }

    // tag::no-answer-before-the-write[]
    @Test
    @DisplayName("9.3 when the write fails, the caller hears nothing, and the state stays what was stored")
    void noAnswerBeforeTheWrite() throws Exception {
        var store = new FailingStore(FileStore.in(folder));
        node.run(() -> {
            var supervisor = supervise(new StoredWallet(PLAIN, store));
            Wallet.deposit(Expect.whereis("wallet"), "10.00");
            Wallet.balance(Expect.whereis("wallet"));
            store.failNextWrite = true;
            var answer = catchThrowable(() -> Wallet.withdraw(Expect.whereis("wallet"), "4.00"));
            assertThat(answer).as("the withdrawal's write failed, so its caller must not hear back: the wallet crashes"
                    + " and the call exits. An answer sent before the write is a promise the disk did not keep "
                    + SECTION).isInstanceOf(CallExit.class);
            Supervisor.countChildren(supervisor);
            assertThat(Wallet.balance(Expect.whereis("wallet"))).as("the wallet restarted from what was stored " + SECTION)
                    .isEqualByComparingTo("10.00");
            return null;
        });
    }
    // end::no-answer-before-the-write[]

    @Test
    @DisplayName("9.3 a slot that holds no balance stops the wallet's start with a message naming it")
    void aSlotThatHoldsNoBalanceStopsTheStart() throws Exception {
        node.run(() -> {
            var slot = FileStore.in(folder).open("wallet");
            slot.write("ten euros");
            slot.close();
            var failed = catchThrowable(() -> GenServer.start(new StoredWallet(PLAIN, FileStore.in(folder)), null));
            assertThat(failed).as("a wallet whose slot holds \"ten euros\" " + SECTION).hasMessageContaining("ten euros")
                    .hasMessageContaining("wallet");
            return null;
        });
    }

    @Test
    @DisplayName("9.3 a wallet with nothing stored starts as the wallet starts")
    void aFreshSlotStartsAsTheWalletDoes() throws Exception {
        var balance = node.run(() -> {
            var wallet = GenServer.start(new StoredWallet(PLAIN, FileStore.in(folder)), "7.00");
            return Wallet.balance(wallet);
        });
        assertThat(balance).as("a wallet opened with 7.00 and nothing stored " + SECTION).isEqualByComparingTo(new BigDecimal("7.00"));
    }
}
