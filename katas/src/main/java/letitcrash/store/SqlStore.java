package letitcrash.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
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
 * every connection asks for it; SQLite lets one writer at a time into the whole file.
 *
 * <p>SQLite keeps no queue for its write lock: a connection that finds it taken sleeps and
 * tries again (the busy timeout), and a process that writes without pause could starve an
 * open that way. So the transactions of this JVM take turns at a fair lock per file
 * ({@link #turns}) before they ask SQLite; the busy timeout is left for other JVMs.
 */
public final class SqlStore implements Store {

    /** The fair lock of each SQLite file this JVM uses, by URL. */
    private static final ConcurrentHashMap<String, ReentrantLock> TURNS = new ConcurrentHashMap<>();
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final String url;
    /** Null unless the database is SQLite: then every transaction on it holds this lock. */
    private final ReentrantLock turns;
    /** Whether this store has brought the schema up to date once: it need not again. */
    private volatile boolean migrated;

    private SqlStore(String url) {
        this.url = url;
        this.turns = url.startsWith("jdbc:sqlite:") ? TURNS.computeIfAbsent(url, u -> new ReentrantLock(true)) : null;
    }

    /** A store in the database at {@code jdbcUrl}; nothing is opened until a slot is. */
    public static SqlStore at(String jdbcUrl) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:")) {
            throw new IllegalArgumentException("a JDBC URL begins with jdbc: (jdbc:sqlite:wallet.db, jdbc:postgresql://...), not " + jdbcUrl);
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
            var connection = connect();
            try {
                if (!migrated) {
                    inTurn(connection, () -> {
                        Schema.migrate(connection, this);
                        return null;
                    });
                    migrated = true;
                }
                var taken = inTurn(connection, () -> SqlSlot.take(connection, key));
                return Proc.own(new SqlSlot(this, connection, key, taken.incarnation(), taken.value()));
            } catch (SQLException e) {
                closeAfter(connection, e); // what it began is rolled back: nothing was changed
                throw cannotOpen(e);
            } catch (Throwable failed) {
                connection.close();
                throw failed;
            }
        });
    }

    /** A new connection, set up for the store: autocommit off, so each transaction commits when told. */
    private Connection connect() {
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(url);
            if (turns != null) {
                try (var pragma = connection.createStatement()) {
                    pragma.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS); // first: the next two may wait for a lock
                    pragma.execute("PRAGMA journal_mode = WAL");  // a commit appends to the log: readers do not wait for it
                    pragma.execute("PRAGMA synchronous = FULL");  // and the log is forced at every commit
                }
            } else {
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            closeAfter(connection, e);
            throw cannotOpen(e);
        }
    }

    /**
     * Runs {@code work} on {@code connection} as one transaction: committed if it returns,
     * rolled back if it throws. On SQLite, in turn with this JVM's other transactions on the file.
     */
    <T> T inTurn(Connection connection, Callable<T> work) throws Exception {
        if (turns != null) {
            turns.lockInterruptibly();
        }
        try {
            T result = work.call();
            connection.commit();
            return result;
        } catch (Throwable failed) {
            if (!connection.isClosed()) {
                connection.rollback();
            }
            throw failed;
        } finally {
            if (turns != null) {
                turns.unlock();
            }
        }
    }

    /** What could not be opened, and why, with the driver's own error as the cause. */
    StoreFailed cannotOpen(SQLException e) {
        if (!driverFound()) {
            return new StoreFailed("no JDBC driver on the class path takes the URL " + redacted(url)
                    + ": put the database's driver there (for PostgreSQL, org.postgresql:postgresql)");
        }
        String why = switch (turns == null ? 0 : e.getErrorCode() & 0xff) {
            case 26 -> "it is not a SQLite database";                      // SQLITE_NOTADB
            case 11 -> "it is damaged (truncated, or overwritten in part)"; // SQLITE_CORRUPT
            default -> "the database says so";
        };
        return new StoreFailed("the store " + redacted(url) + " cannot be opened: " + why + " (" + redacted(e.getMessage())
                + "). Nothing in it was changed: point the store at a good copy, or move the file away to start afresh.", e);
    }

    private boolean driverFound() {
        try {
            return DriverManager.getDriver(url) != null;
        } catch (SQLException none) {
            return false;
        }
    }

    private static void closeAfter(Connection connection, Exception failure) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure.addSuppressed(e);
            }
        }
    }

    /** {@code text} without the value of a {@code password=} in it, as a URL may have one. */
    static String redacted(String text) {
        return text == null ? "" : text.replaceAll("(?i)(password=)[^&;\\s]*", "$1***");
    }

    /** Names the store by its URL, without a password. */
    @Override
    public String toString() {
        return "SqlStore[" + redacted(url) + "]";
    }

    /** An open's result: the incarnation it took, and the value stored. */
    record Taken(long incarnation, Optional<String> value) {}
}
