package letitcrash.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link FileStore} keeps the promises of every store, and refuses a file that is not its own. */
@Tag("stores") // the stores' long checks: run on the solution by the reference module, not again for each chapter prefix (README, "Stores")
@DisplayName("The file store keeps the store contract")
class FileStoreContractTest extends StoreContract {

    @TempDir
    Path folder;

    @Override
    Store store() {
        return FileStore.in(folder);
    }

    /** Fewer than SQLite's: each write forces the file and then its folder, two waits for the disk. */
    @Override
    int races() {
        return Integer.getInteger("letitcrash.storeRaces", 300);
    }

    /** Whether this JVM may lock the key's lock file: it may once the slot's fence has let it go. */
    @Override
    boolean released(Slot slot) throws IOException {
        try (var channel = FileChannel.open(folder.resolve(slot.key() + ".lock"), StandardOpenOption.WRITE);
                var lock = channel.tryLock()) {
            return lock != null;
        } catch (OverlappingFileLockException heldHere) {
            return false;
        }
    }

    @Test
    @DisplayName("a state file of garbage is refused with a message naming it, and left as it is")
    void refusesAFileOfGarbage() throws Exception {
        writeInAProcess(store(), "alice", "10.00");
        Path file = folder.resolve("alice.state");
        byte[] garbage = "not a state file at all\n".getBytes();
        Files.write(file, garbage);
        var store = store();
        node.run(() -> {
            assertThatThrownBy(() -> store.open("alice"))
                    .isInstanceOf(StoreFailed.class)
                    .hasMessageContaining("the store file " + file + " cannot be read")
                    .hasMessageContaining("Nothing was changed");
            return null;
        });
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }
}
