package letitcrash.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowable;

import letitcrash.process.Node;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Kata 6.3 tests the learner's test: their check must fail against the restore pattern (it
 * finds an acknowledged deposit lost) and pass against a wallet that saves every change, so
 * a check that always fails, or never does, is caught.
 */
@Tag("ch06")
@Tag("kata-6.3")
@DisplayName("6.3 Break it: a test the restore pattern fails")
class BreakItTest {

    private static final String SECTION = "(book: chapter 6, Kata 6.3)";

    @AutoClose
    private final Node node = Node.start(new ManualClock());

    // tag::break-it-test[]
    @Test
    @DisplayName("6.3 the check refutes the restore pattern: an acknowledged deposit is lost")
    void theCheckFailsAgainstThePattern() throws Exception {
        node.run(() -> {
            Rig.backup();
            var refuted = catchThrowable(() -> BreakIt.anAcknowledgedDepositSurvives("wallet", new RestoredWallet("wallet").spec()));
            assertThat(refuted).as("the check passed against the restore pattern: it must find an acknowledged deposit that"
                    + " the pattern loses, and throw AssertionError " + SECTION).isInstanceOf(AssertionError.class);
            return null;
        });
    }

    @Test
    @DisplayName("6.3 the check passes against a wallet that saves every change before it answers")
    void theCheckPassesAgainstAWalletThatSavesEveryChange() throws Exception {
        node.run(() -> {
            Rig.backup();
            var disk = new java.util.concurrent.ConcurrentHashMap<String, letitcrash.wallet.Wallet.State>();
            assertThatCode(() -> BreakIt.anAcknowledgedDepositSurvives("wallet", new SavedOnEveryChange("wallet", disk).spec()))
                    .as("the check must pass where nothing acknowledged is lost " + SECTION).doesNotThrowAnyException();
            return null;
        });
    }
    // end::break-it-test[]
}
