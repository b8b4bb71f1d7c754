package letitcrash.jvm;

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
 * Chapter 10's journal, put to the same SIGKILL as chapter 9's stores
 * ({@link StoreSurvivesSigkillTest}): a child JVM appends 1, 2, 3, … to one stream and
 * tells each number once its append is answered; after each kill the journal opens (a torn
 * tail is cut) and its stream ends with the last number told, or the one after it.
 */
@Tag("stores") // the stores' long checks: run on the solution by the reference module, not again for each chapter prefix (README, "Stores")
@Timeout(value = 30, unit = TimeUnit.MINUTES) // a hang guard for the long run: every wait in ChildJvm has its own timeout
@DisplayName("The journal keeps every acknowledged append through SIGKILL")
class JournalSurvivesSigkillTest {

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "no signals: destroyForcibly is TerminateProcess there")
    @DisplayName("killed at any moment, the journal opens and keeps every acknowledged append")
    void everyAcknowledgedAppendSurvives(@TempDir Path dir) throws Exception {
        StoreSurvivesSigkillTest.killAgainAndAgain("journal", dir);
    }
}
