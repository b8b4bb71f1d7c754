package letitcrash.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SqlStore} on SQLite keeps the promises of every store, and refuses a file that is no good. */
@Tag("stores") // the stores' long checks: run on the solution by the reference module, not again for each chapter prefix (README, "Stores")
@DisplayName("The SQLite store keeps the store contract")
class SqliteStoreContractTest extends StoreContract {

    @TempDir
    Path folder;

    private Path file() {
        return folder.resolve("store.db");
    }

    @Override
    Store store() {
        return SqlStore.sqlite(file());
    }

    @Override
    boolean released(Slot slot) throws SQLException {
        return ((SqlSlot) slot).connectionClosed();
    }

    @Test
    @DisplayName("the database is in WAL mode, and its schema at the version this code knows")
    void theDatabaseIsSetUp() throws Exception {
        writeInAProcess(store(), "alice", "10.00");
        assertThat(query("PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(query("SELECT version FROM letitcrash_schema")).isEqualTo(String.valueOf(Schema.MIGRATIONS.size()));
        assertThat(query("SELECT value FROM letitcrash_slots WHERE key = 'alice'")).isEqualTo("10.00");
    }

    @Test
    @DisplayName("two stores on one file that share no lock in this JVM, as two JVMs would not, fence each other through the database")
    void theDatabaseFencesAcrossStores() throws Exception {
        var here = store();
        var elsewhere = SqlStore.at("jdbc:sqlite:" + folder + "/./store.db"); // another spelling: another JVM lock
        node.run(() -> {
            var first = here.open("alice");
            first.write("10.00");
            assertThat(readInAnotherProcess(elsewhere, "alice")).contains("10.00");
            assertThatThrownBy(() -> first.write("20.00")).isInstanceOf(WriteRefused.class)
                    .hasMessageContaining("a later open of the key has fenced it (incarnation 1, the latest is 2)");
            return null;
        });
        writeInAProcess(elsewhere, "alice", "30.00");
        assertThat(readInAProcess(here, "alice")).contains("30.00");
    }

    @Test
    @DisplayName("a file of random bytes is refused with a message naming it, and left as it is")
    void refusesAFileThatIsNotADatabase() throws Exception {
        byte[] garbage = new byte[8192];
        new Random(1).nextBytes(garbage);
        Files.write(file(), garbage);
        assertRefused("it is not a SQLite database");
        assertThat(Files.readAllBytes(file())).isEqualTo(garbage);
    }

    @Test
    @DisplayName("a truncated database is refused with a message naming it, and left as it is")
    void refusesATruncatedDatabase() throws Exception {
        for (int i = 0; i < 50; i++) {
            writeInAProcess(store(), "key-" + i, "value ".repeat(100));
        }
        assertThat(folder.resolve("store.db-wal")).as("the log, emptied into the file when the last connection closed").doesNotExist();
        byte[] whole = Files.readAllBytes(file());
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        Files.write(file(), truncated);
        assertRefused("it is damaged (truncated, or overwritten in part)");
        assertThat(Files.readAllBytes(file())).isEqualTo(truncated);
    }

    @Test
    @DisplayName("a database whose schema is newer than this code is refused, and left as it is")
    void refusesANewerSchema() throws Exception {
        writeInAProcess(store(), "alice", "10.00");
        update("UPDATE letitcrash_schema SET version = 99");
        var store = store();
        node.run(() -> {
            assertThatThrownBy(() -> store.open("alice"))
                    .isInstanceOf(StoreFailed.class)
                    .hasMessageContaining("the schema of " + store + " is at version 99, newer than this code knows (1)");
            return null;
        });
        assertThat(query("SELECT version FROM letitcrash_schema")).isEqualTo("99");
    }

    @Test
    @DisplayName("a database at schema version 0 is migrated on first use")
    void migratesAnOlderSchema() throws Exception {
        update("CREATE TABLE letitcrash_schema (id INTEGER PRIMARY KEY, version INTEGER NOT NULL)");
        update("INSERT INTO letitcrash_schema VALUES (1, 0)");
        writeInAProcess(store(), "alice", "10.00");
        assertThat(readInAProcess(store(), "alice")).contains("10.00");
        assertThat(query("SELECT version FROM letitcrash_schema")).isEqualTo("1");
    }

    @Test
    @DisplayName("a file in a folder that is not there is refused with a message naming it")
    void refusesAMissingFolder() throws Exception {
        var store = SqlStore.sqlite(folder.resolve("missing").resolve("store.db"));
        node.run(() -> {
            assertThatThrownBy(() -> store.open("alice"))
                    .isInstanceOf(StoreFailed.class)
                    .hasMessageContaining("the store jdbc:sqlite:" + folder.resolve("missing").resolve("store.db") + " cannot be opened");
            return null;
        });
    }

    private void assertRefused(String why) throws Exception {
        var store = store();
        node.run(() -> {
            assertThatThrownBy(() -> store.open("alice"))
                    .isInstanceOf(StoreFailed.class)
                    .hasMessageContaining("the store jdbc:sqlite:" + file() + " cannot be opened: " + why)
                    .hasMessageContaining("Nothing in it was changed")
                    .hasCauseInstanceOf(SQLException.class);
            return null;
        });
    }

    private String query(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file());
                var row = connection.createStatement().executeQuery(sql)) {
            row.next();
            return row.getString(1);
        }
    }

    private void update(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection("jdbc:sqlite:" + file())) {
            connection.createStatement().executeUpdate(sql);
        }
    }
}
