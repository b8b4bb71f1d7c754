package letitcrash.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
 * What a server that saves its state only in terminate keeps when its whole JVM ends: an
 * orderly stop runs terminate; a SIGKILL and a JVM halt do not. Each test runs the server
 * in a child JVM ({@link BalanceChild}) and waits only for its answers and its exit.
 */
@Tag("ch06")
@Timeout(value = 2, unit = TimeUnit.MINUTES) // a hang guard: every wait in ChildJvm has its own timeout
@DisplayName("A child JVM: terminate runs on an orderly stop, never on SIGKILL or a halt")
class HardKillTest {

    /** The exit value of a process killed by signal 9, as Java reports it on Linux and macOS: 128 + 9. */
    private static final int KILLED_BY_SIGKILL = 128 + 9;

    @TempDir
    private Path dir;

    private Path saved() {
        return dir.resolve("balance.txt");
    }

    private ChildJvm startBalance() throws InterruptedException {
        return ChildJvm.start(BalanceChild.class, saved().toString());
    }

    @Test
    @DisplayName("after an orderly stop, terminate has saved the balance")
    void anOrderlyStopRunsTerminate() throws Exception {
        try (var child = startBalance()) {
            assertThat(child.ask("deposit 5")).isEqualTo("balance 5");
            assertThat(child.ask("deposit 3")).isEqualTo("balance 8");

            assertThat(child.stop()).isZero();
        }
        assertThat(saved()).hasContent("8");
    }

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "no signals: destroyForcibly is TerminateProcess there")
    @DisplayName("SIGKILL ends the JVM before terminate can save anything")
    void sigkillSkipsTerminate() throws Exception {
        try (var child = startBalance()) {
            assertThat(child.ask("deposit 5")).isEqualTo("balance 5");

            assertThat(child.kill()).isEqualTo(KILLED_BY_SIGKILL);
            assertThat(child.isAlive()).isFalse();
        }
        assertThat(saved()).doesNotExist();
    }

    @Test
    @DisplayName("a JVM halt skips terminate")
    void aHaltSkipsTerminate() throws Exception {
        try (var child = startBalance()) {
            assertThat(child.ask("deposit 5")).isEqualTo("balance 5");

            child.send("halt");
            assertThat(child.awaitExit()).isEqualTo(BalanceChild.HALT_STATUS);
        }
        assertThat(saved()).doesNotExist();
    }

    @Test
    @DisplayName("after SIGKILL, every update acknowledged since the last save is lost")
    void sigkillLosesAcknowledgedUpdates() throws Exception {
        Files.writeString(saved(), "3"); // an earlier orderly stop saved 3
        int acknowledged = 0;
        try (var child = startBalance()) {
            assertThat(child.ask("balance")).as("init restored the saved balance").isEqualTo("balance 3");
            for (int deposit = 1; deposit <= 4; deposit++) {
                assertThat(child.ask("deposit 1")).isEqualTo("balance " + (3 + deposit));
                acknowledged++;
            }
            child.kill();
        }
        long restoredNextTime = Long.parseLong(Files.readString(saved()));
        long lost = 3 + acknowledged - restoredNextTime;

        assertThat(lost).as("acknowledged deposits of 1 that the next init will not see").isEqualTo(4);
    }
}
