package letitcrash.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Case 5 of chapter 6, the JVM's own death: a balance server that saves only in terminate
 * ({@link BalanceChild}, the restore pattern with a file for its backup) acknowledges three
 * deposits, its JVM is killed with SIGKILL, and a new JVM restores from what was saved.
 */
@Tag("ch06")
@Timeout(value = 2, unit = TimeUnit.MINUTES) // a hang guard: every wait in ChildJvm has its own timeout
@DisplayName("Case 5: a SIGKILLed JVM loses every acknowledged update")
class LostOnSigkillTest {

    @TempDir
    private Path dir;

    // tag::sigkill-test[]
    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "no signals: destroyForcibly is TerminateProcess there")
    @DisplayName("case 5: three deposits acknowledged, SIGKILL, a new JVM: all three lost")
    void sigkillLosesEveryAcknowledgedDeposit() throws Exception {
        var saved = dir.resolve("balance.txt").toString();
        String acknowledged = "";
        try (var child = ChildJvm.start(BalanceChild.class, saved)) {
            for (int i = 1; i <= 3; i++) {
                acknowledged = child.ask("deposit 1");
            }
            child.kill();
        }
        try (var again = ChildJvm.start(BalanceChild.class, saved)) {
            assertThat(acknowledged).isEqualTo("balance 3");
            assertThat(again.ask("balance")).as("restored after SIGKILL: all 3 acknowledged deposits lost").isEqualTo("balance 0");
            again.stop();
        }
    }
    // end::sigkill-test[]
}
