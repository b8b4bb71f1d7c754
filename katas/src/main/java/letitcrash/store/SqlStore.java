package letitcrash.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import letitcrash.process.Proc;

/**
 * A {@link Store} in a database, through JDBC: one row per key in the table
 * {@code letitcrash_slots (key, incarnation, value)}, made on first use ({@link Schema}). A
 * null value is nothing stored. {@link #sqlite} keeps the database in one file; {@link #at}
 * takes any JDBC URL whose driver is on the class path (PostgreSQL's, say).
 *
 * <p>Each slot has a connection of its own, with autocommit off, and each open and each
 * write is one transaction: once a write returns it is committed (for SQLite in WAL mode with
 * {@code synchronous=FULL}: forced to disk).
 * <ul>
 * <li>Open: insert the key's row if it is missing (incarnation 0, no value), add one to its
 *     incarnation, read the row, commit. The slot keeps the incarnation it took.
 * <li>Write: {@code UPDATE ... SET value = ? WHERE key = ? AND incarnation = ?}, commit. One
 *     row updated: stored. None: a later open has taken the row, and the write is refused.
 * </ul>
 * Invariant: the row's incarnation is the latest open's, and only a slot that holds it can
 * change the value. The check and the change are one statement, which the database orders
 * against an open's increment under the row's write lock, wherever the two come from (this
 * JVM, another, another machine): a write ordered first is what the open reads, a write
 * ordered after finds the new incarnation and changes nothing. PostgreSQL needs READ
 * COMMITTED for that (a waiting UPDATE checks its WHERE again on the row as committed), so
 * every connection asks for it; SQLite lets one writer at a time into the whole file. How
 * the connections are set up, and how this JVM's transactions on one SQLite file take turns:
 * {@link Database}.
 */
public final class SqlStore implements Store {

    private final Database database;
    /** Whether this store has brought the schema up to date once: it need not again. */
    private volatile boolean migrated;

    private SqlStore(String url) {
        this.database = new Database(url);
    }

    /** A store in the database at {@code jdbcUrl}; nothing is opened until a slot is. */
    public static SqlStore at(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a JDBC URL begins with jdbc: (jdbc:sqlite:wallet.db, jdbc:postgresql://...), not "
                    + (jdbcUrl == null ? "null" : Database.redacted(jdbcUrl)));
        }
        return new SqlStore(jdbcUrl);
    }

    /** A store in the SQLite database {@code file}, made on first use; its folder must exist. */
    public static SqlStore sqlite(Path file) {
        return at("jdbc:sqlite:" + file.toAbsolutePath().normalize());
    }

    @Override
    public Slot open(String key) throws Exception {
        Store.checkedKey(key);
        return Proc.perform(() -> {
            var connection = database.connect();
            try {
                if (!migrated) {
                    database.inTurn(connection, () -> {
                        Schema.migrate(connection, this);
                        return null;
                    });
                    migrated = true;
                }
                var taken = database.inTurn(connection, () -> SqlSlot.take(connection, key));
                return Proc.own(new SqlSlot(this, connection, key, taken.incarnation(), taken.value()));
            } catch (SQLException e) {
                Database.closeAfter(connection, e); // what it began is rolled back: nothing was changed
                throw database.cannotOpen(e);
            } catch (Throwable failed) {
                Database.closeAfter(connection, failed);
                throw failed;
            }
        });
    }

    /** Where the store's slots connect and run their transactions. */
    Database database() {
        return database;
    }

    /** Names the store by its URL, without a password. */
    @Override
    public String toString() {
        return "SqlStore[" + database + "]";
    }

    /** An open's result: the incarnation it took, and the value stored. */
    record Taken(long incarnation, Optional<String> value) {}
}
