package letitcrash.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The database behind a {@link SqlStore}'s JDBC URL: new connections set up for the store,
 * transactions on them, and what to say when it fails. The URL is never shown with its password.
 *
 * <p>SQLite keeps no queue for its write lock: a connection that finds it taken sleeps and
 * tries again (the busy timeout), so a process that writes without pause can starve another's
 * open. The transactions of this JVM on one SQLite file therefore take turns at a fair lock
 * ({@link #turns}) before they ask SQLite; the busy timeout is left for other JVMs.
 */
final class Database {

    /** The fair lock of each SQLite file this JVM uses, by URL. */
    private static final ConcurrentHashMap<String, ReentrantLock> TURNS = new ConcurrentHashMap<>();
    private static final int BUSY_TIMEOUT_MILLIS = 10_000;

    private final String url;
    /** Null unless the database is SQLite: then every transaction on it holds this lock. */
    private final ReentrantLock turns;

    Database(String url) {
        this.url = url;
        this.turns = url.startsWith("jdbc:sqlite:") ? TURNS.computeIfAbsent(url, u -> new ReentrantLock(true)) : null;
    }

    /** A new connection with autocommit off, so that each transaction commits when told. */
    Connection connect() {
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(url);
            if (turns != null) {
                // In turn with this JVM's other connections to the file: the first switch to WAL takes the
                // whole file, and SQLite may answer SQLITE_BUSY at once, without waiting, to a second
                // connection that tries it at the same moment (seen with eight first opens under load).
                turns.lock();
                try (var pragma = connection.createStatement()) {
                    pragma.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS); // first: the next two may wait for a lock
                    pragma.execute("PRAGMA journal_mode = WAL"); // a commit appends to a log: readers do not wait for it
                    pragma.execute("PRAGMA synchronous = FULL"); // and the log is forced at every commit
                } finally {
                    turns.unlock();
                }
            } else {
                // A waiting UPDATE checks its WHERE again on the row as committed: the fencing needs that.
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
            try {
                if (!connection.isClosed()) {
                    connection.rollback();
                }
            } catch (SQLException alsoFailed) {
                failed.addSuppressed(alsoFailed); // the database rolls back a session it loses: nothing is lost
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
            return new StoreFailed("no JDBC driver on the class path takes the URL " + this
                    + ": put the database's driver there (for PostgreSQL, org.postgresql:postgresql)");
        }
        String why = switch (turns == null ? 0 : e.getErrorCode() & 0xff) {
            case 26 -> "it is not a SQLite database: "; // SQLITE_NOTADB
            case 11 -> "it is damaged (truncated, or overwritten in part): "; // SQLITE_CORRUPT
            default -> "";
        };
        return new StoreFailed("the store " + this + " cannot be opened: " + why + redacted(e.getMessage()) + ". Nothing in it was changed"
                + (turns == null ? "." : ": put back a good copy of the file, or move it away to start afresh."), e);
    }

    private boolean driverFound() {
        try {
            return DriverManager.getDriver(url) != null;
        } catch (SQLException none) {
            return false;
        }
    }

    /** Closes {@code connection}, if there is one, after {@code failure}: a failure to close goes with it. */
    static void closeAfter(Connection connection, Throwable failure) {
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

    /** The URL, without a password. */
    @Override
    public String toString() {
        return redacted(url);
    }
}
