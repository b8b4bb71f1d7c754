package letitcrash.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kill runs' harness keeps its word: every line a child wrote before its SIGKILL reaches
 * the parent, read or not when the signal came. The kill runs of the stores count on it (an
 * acknowledgement lost here reads as a store that kept more than it acknowledged). Killing
 * through {@code Process.destroyForcibly()} broke it: that closes the parent's end of the
 * child's output under the thread reading it. A probe lost lines in 34 kills of 600 that
 * way, none through the process's handle; this test, run once the old way, failed at its
 * second kill (a race: it catches the old way often, not surely).
 */
@Tag("stores") // the stores' long checks: run on the solution by the reference module, not again for each chapter prefix (README, "Stores")
@Timeout(value = 2, unit = TimeUnit.MINUTES) // a hang guard: every wait in ChildJvm has its own timeout
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "no signals: destroyForcibly is TerminateProcess there")
@DisplayName("A killed child's lines all reach its parent")
class KilledChildLinesTest {

    private static final int KILLS = Integer.getInteger("child.kills", 30);
    private static final long SEED = Long.getLong("child.seed", 1);

    @Test
    @DisplayName("killed after any number of lines read, the child's every line written is read after the kill")
    void everyLineWrittenBeforeTheKillIsRead(@TempDir Path dir) throws Exception {
        var random = new Random(SEED);
        int unreadAtTheKill = 0;
        for (int kill = 1; kill <= KILLS; kill++) {
            var told = dir.resolve("told-" + kill);
            var lines = new ArrayList<String>();
            try (var child = ChildJvm.start(MisbehavingChild.class, "count", told.toString())) {
                int before = random.nextInt(41);
                for (int i = 0; i < before; i++) {
                    lines.add(child.read());
                }
                child.kill();
                var after = child.readToEnd();
                unreadAtTheKill += after.isEmpty() ? 0 : 1;
                lines.addAll(after);
            }
            long written = Files.readAllLines(told).stream().mapToLong(Long::parseLong).max().orElse(0);
            assertThat(lines).as("kill %d of %d (seed %d): the lines read, of %d the child had written", kill, KILLS, SEED, written)
                    .startsWith(LongStream.rangeClosed(1, written).mapToObj(Long::toString).toArray(String[]::new));
        }
        System.out.printf("KilledChildLinesTest: %d kills (seed %d), lines still unread at the kill in %d%n", KILLS, SEED, unreadAtTheKill);
    }
}
