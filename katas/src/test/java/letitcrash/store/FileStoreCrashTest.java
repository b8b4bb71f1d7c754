package letitcrash.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import letitcrash.process.Node;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kata 9.2: the file store replaces a key's file so that a power cut at any moment leaves
 * the old value or the new one, and an acknowledged write survives it. The disk is a
 * {@link CrashingDisk}, which keeps only what was forced, so every moment can be tried.
 */
@Tag("ch09")
@Tag("kata-9.2")
@DisplayName("9.2 A write that survives a power cut")
class FileStoreCrashTest {

    private static final String SECTION = "(book: chapter 9, Kata 9.2)";

    @AutoClose
    private final Node node = Node.start();

    @TempDir
    private Path folder;

    /** What a restart reads after the power was cut {@code after} operations into a write of "new" over "old". */
    private record Outcome(boolean acknowledged, Optional<String> read, String failure, String log) {}

    private Outcome cutDuringAWrite(long after) throws Exception {
        var disk = new CrashingDisk();
        disk.stored(folder.resolve("wallet.state"), StateFile.encode("old"));
        return node.run(() -> {
            var slot = FileStore.on(folder, disk).open("wallet");
            disk.clearLog();
            disk.cutAfter(after);
            boolean acknowledged;
            try {
                slot.write("new");
                acknowledged = true;
            } catch (CrashingDisk.PowerCut cut) {
                acknowledged = false;
            }
            String log = String.join(", ", disk.log());
            try {
                return new Outcome(acknowledged, FileStore.on(folder, disk.afterCrash()).open("wallet").read(), null, log);
            } catch (StoreFailed unreadable) {
                return new Outcome(acknowledged, Optional.empty(), unreadable.getMessage(), log);
            }
        });
    }

    // tag::crash-at-every-moment[]
    @Test
    @DisplayName("9.2 a power cut at any moment of a write leaves the old value or the new one")
    void aCutAtAnyMomentLeavesTheOldValueOrTheNew() throws Exception {
        for (long after = 0; ; after++) {
            var outcome = cutDuringAWrite(after);
            assertThat(outcome.failure()).as("the power was cut during a write (" + outcome.log() + "), and the restart"
                    + " could not read the file: a crash must leave the old file or the new one, whole " + SECTION).isNull();
            assertThat(outcome.read()).as("the power was cut during a write of \"new\" over \"old\" (" + outcome.log()
                    + "): the restart must find one of the two " + SECTION).hasValueSatisfying(
                            value -> assertThat(value).isIn("old", "new"));
            if (outcome.acknowledged()) {
                return; // the write got through before the cut
            }
        }
    }
    // end::crash-at-every-moment[]

    @Test
    @DisplayName("9.2 once a write returns, the new value survives a power cut")
    void anAcknowledgedWriteSurvivesAPowerCut() throws Exception {
        var outcome = cutDuringAWrite(Long.MAX_VALUE);
        assertThat(outcome.failure()).as("the write returned (" + outcome.log() + "), then the power was cut, and the"
                + " restart could not read the file: force what you wrote before you rename it " + SECTION).isNull();
        assertThat(outcome.read()).as("the write returned (" + outcome.log() + "), so it was acknowledged; then the"
                + " power was cut: the restart must find the new value. A rename is durable only once the folder"
                + " is forced, and bytes only once the file is " + SECTION).contains("new");
    }

    @Test
    @DisplayName("9.2 a write leaves only the key's file behind, and the store reads what it wrote")
    void aWriteLeavesOnlyTheKeysFile() throws Exception {
        var disk = new CrashingDisk();
        var read = node.run(() -> {
            FileStore.on(folder, disk).open("wallet").write("12.50");
            return FileStore.on(folder, disk).open("wallet").read();
        });
        assertThat(disk.files()).as("the files after a write: the temporary file must have become the key's file "
                + SECTION).containsExactly(folder.resolve("wallet.state"));
        assertThat(read).as("what a new open reads after the write " + SECTION).contains("12.50");
    }

    @Test
    @DisplayName("9.2 on the machine's own disk, a value written is read back by a new node")
    void aValueOutlivesItsNode() throws Exception {
        try (var first = Node.start()) {
            first.run(() -> {
                var slot = FileStore.in(folder).open("wallet");
                slot.write("10.00");
                slot.write("12.50");
                return null;
            });
        }
        var read = node.run(() -> FileStore.in(folder).open("wallet").read());
        assertThat(read).as("a new node opens the folder the first one wrote to " + SECTION).contains("12.50");
    }
}
