package letitcrash.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * The tables of a {@link SqlStore}, in SQL that SQLite and PostgreSQL both speak. The table
 * {@code letitcrash_schema} holds the schema's version in its one row; each of
 * {@link #MIGRATIONS} takes it one version on, and those a database lacks run in one
 * transaction with the new version, so a database is at one version or the next, never between.
 *
 * <p>A store reads the version first, and most of the time that is all: a read waits for no
 * writer. Two first opens of a new database may race (two JVMs, two stores on it). The one
 * that gets the version row's write lock first migrates; the other waits for it, then finds
 * nothing to do. Before that row exists, PostgreSQL may refuse the second create of the table
 * outright (two catalog rows of one name), and SQLite a transaction that read before it wrote
 * while another committed: such a transaction is rolled back and tried again.
 */
final class Schema {

    /** Step {@code i} takes the schema from version {@code i} to {@code i + 1}. Add steps; never change one released. */
    static final List<String> MIGRATIONS = List.of(
            "CREATE TABLE letitcrash_slots (key VARCHAR(100) PRIMARY KEY, incarnation BIGINT NOT NULL, value TEXT)");

    private static final int ATTEMPTS = 5;

    private Schema() {}

    /** Brings the schema of {@code store} up to date, in the transaction on {@code connection} that the caller then commits. */
    static void migrate(Connection connection, SqlStore store) throws SQLException {
        if (currentVersion(connection) == MIGRATIONS.size()) {
            return; // the common case, and a read only: it waits for no writer
        }
        connection.rollback(); // ends the read (and, on PostgreSQL, its error): the writes below wait for other writers
        for (int attempt = 1; ; attempt++) {
            try {
                migrateFrom(versionLocked(connection), connection, store);
                return;
            } catch (SQLException lostTheRace) {
                connection.rollback(); // and the next attempt begins a new transaction
                if (attempt == ATTEMPTS) {
                    throw lostTheRace;
                }
            }
        }
    }

    /** The schema's version as it stands, -1 if there is no version to read (a new database, or one that is no good). */
    private static int currentVersion(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var row = statement.executeQuery("SELECT version FROM letitcrash_schema WHERE id = 1")) {
            return row.next() ? row.getInt(1) : -1;
        } catch (SQLException none) {
            return -1; // the writes below say what is wrong, if anything is
        }
    }

    /** The schema's version, with its row locked for this transaction: 0 for a new database. */
    private static int versionLocked(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS letitcrash_schema (id INTEGER PRIMARY KEY, version INTEGER NOT NULL)");
            statement.executeUpdate("INSERT INTO letitcrash_schema (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING");
            statement.executeUpdate("UPDATE letitcrash_schema SET version = version WHERE id = 1"); // the lock
            try (var row = statement.executeQuery("SELECT version FROM letitcrash_schema WHERE id = 1")) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static void migrateFrom(int version, Connection connection, SqlStore store) throws SQLException {
        if (version > MIGRATIONS.size()) {
            throw new StoreFailed("the schema of " + store + " is at version " + version + ", newer than this code knows ("
                    + MIGRATIONS.size() + "): it was written by a later version of the workbook. Nothing was changed.");
        }
        try (var statement = connection.createStatement()) {
            for (int step = version; step < MIGRATIONS.size(); step++) {
                statement.execute(MIGRATIONS.get(step));
            }
            statement.executeUpdate("UPDATE letitcrash_schema SET version = " + MIGRATIONS.size() + " WHERE id = 1");
        }
    }
}
