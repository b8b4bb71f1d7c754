package letitcrash.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import letitcrash.process.Node;
import letitcrash.store.FileStore;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kata 9.4 tests the learner's check three ways: it must refute the plain wallet on a store
 * (the poison is stored, and every restart reads it back), and let pass the checked wallet
 * on a store (the poison never gets in) and the plain wallet with no store (a restart
 * forgets the poison, with the rest), so a check that always fails, never fails, or asks
 * before the restart is caught.
 */
@Tag("ch09")
@Tag("kata-9.4")
@DisplayName("9.4 Break it: a poison that outlives a restart")
class BreakTheStoreTest {

    private static final String SECTION = "(book: chapter 9, Kata 9.4)";

    @AutoClose
    private final Node node = Node.start();

    @TempDir
    private Path folder;

    private static final WalletServer PLAIN = () -> "wallet";

    // tag::break-the-store-test[]
    @Test
    @DisplayName("9.4 the check refutes the plain wallet on a store: the poison comes back with every restart")
    void theCheckFailsAgainstTheStoredPlainWallet() throws Exception {
        node.run(() -> {
            var refuted = catchThrowable(() -> BreakTheStore.aBadDepositDoesNotOutliveARestart("wallet",
                    new StoredWallet(PLAIN, FileStore.in(folder)).spec()));
            assertThat(refuted).as("the check passed against the plain wallet on a store: it must find that 0.001, once"
                    + " stored, crashes the wallet again after a restart, and throw AssertionError " + SECTION)
                    .isInstanceOf(AssertionError.class);
            return null;
        });
    }

    @Test
    @DisplayName("9.4 the check passes against the checked wallet on a store: the poison never gets in")
    void theCheckPassesAgainstTheStoredCheckedWallet() throws Exception {
        node.run(() -> {
            assertThatCode(() -> BreakTheStore.aBadDepositDoesNotOutliveARestart("wallet",
                    new StoredWallet(CheckedWallet.of("wallet", "tasks"), FileStore.in(folder)).spec()))
                    .as("the check must pass where the edge refuses 0.001 before it is stored " + SECTION)
                    .doesNotThrowAnyException();
            return null;
        });
    }
    // end::break-the-store-test[]

    @Test
    @DisplayName("9.4 the check passes against the plain wallet with no store: a restart forgets the poison")
    void theCheckPassesAgainstThePlainWalletWithNoStore() throws Exception {
        node.run(() -> {
            assertThatCode(() -> BreakTheStore.aBadDepositDoesNotOutliveARestart("wallet", PLAIN.spec()))
                    .as("the check must pass against a wallet that keeps nothing: its restart starts afresh, and"
                            + " answers (0.00). Ask after the restart, and ask only that it answers " + SECTION)
                    .doesNotThrowAnyException();
            return null;
        });
    }
}
