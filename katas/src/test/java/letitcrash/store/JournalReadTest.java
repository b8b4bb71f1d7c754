package letitcrash.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import letitcrash.process.Node;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A read from an offset with no record there (a snapshot of another copy of the journal, say)
 * is refused to its reader with a message that says so, and the journal goes on; zeros at the
 * end of the file are space no record filled, cut as a torn tail.
 */
@Tag("ch10")
@DisplayName("The journal refuses a bad offset to its reader, and cuts a tail of zeros")
class JournalReadTest {

    @AutoClose
    private final Node node = Node.start();

    @TempDir
    private Path folder;

    @Test
    @DisplayName("a read past the end or inside a record is refused to the reader; the journal goes on")
    void aBadOffsetIsTheReadersMistake() throws Exception {
        node.run(() -> {
            Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(EventJournal.spec("journal", folder.resolve("j.journal"))));
            var first = EventJournal.append("journal", "wallet", "Deposited 10.00");
            EventJournal.append("journal", "wallet", "Deposited 2.50");
            var journal = letitcrash.testing.Expect.whereis("journal");
            var pastTheEnd = catchThrowable(() -> EventJournal.read("journal", "wallet", 1_000_000));
            assertThat(pastTheEnd).isInstanceOf(StoreFailed.class).hasMessageContaining("no record at offset 1000000")
                    .hasMessageContaining("snapshot");
            var inside = catchThrowable(() -> EventJournal.read("journal", "wallet", first.end() - 3));
            assertThat(inside).isInstanceOf(StoreFailed.class).hasMessageContaining("read from offset " + (first.end() - 3));
            assertThat(letitcrash.testing.Expect.whereis("journal")).as("the journal, after two bad reads").isEqualTo(journal);
            assertThat(EventJournal.read("journal", "wallet", first.end())).extracting(EventJournal.Entry::event)
                    .containsExactly("Deposited 2.50");
            return null;
        });
    }

    @Test
    @DisplayName("zeros after the last record are cut as a torn tail, not refused as corruption")
    void aTailOfZerosIsCut() throws Exception {
        var file = folder.resolve("j.journal");
        node.run(() -> {
            var supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(EventJournal.spec("journal", file)));
            EventJournal.append("journal", "wallet", "Deposited 10.00");
            letitcrash.server.GenServer.stop(supervisor);
            return null;
        });
        long written = Files.size(file);
        Files.write(file, new byte[4096], java.nio.file.StandardOpenOption.APPEND);
        var events = node.run(() -> {
            Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(EventJournal.spec("journal", file)));
            return EventJournal.read("journal", "wallet", 0).stream().map(EventJournal.Entry::event).toList();
        });
        assertThat(events).containsExactly("Deposited 10.00");
        assertThat(Files.size(file)).as("the file, cut back to its last record").isEqualTo(written);
        assertThat(node.trace().lines()).contains("journal j.journal: cut a torn tail of 4096 bytes at offset " + written);
    }
}
