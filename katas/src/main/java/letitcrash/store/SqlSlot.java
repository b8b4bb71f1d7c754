package letitcrash.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.store.SqlStore.Taken;

/**
 * One key of a {@link SqlStore}, opened by one process, on a connection that no one else
 * uses: the open's transaction and then one per write (see {@link SqlStore} for the algorithm).
 *
 * <p>Who touches what. Only the owner writes, inside {@link Proc#perform}; {@code close} may
 * also come from the runtime, on the thread that ended the owner, once the owner's last
 * operation is over: so the connection is never used by two threads at once.
 */
final class SqlSlot implements Slot {

    private final SqlStore store;
    private final Connection connection;
    private final PreparedStatement update;
    private final String key;
    private final long incarnation;
    private final Pid owner = Proc.self();
    /** The value last stored; read and written only by the owner. */
    private Optional<String> value;
    /** Set once, by the first close; a write checks it before it touches the connection. */
    private final AtomicBoolean closed = new AtomicBoolean();

    SqlSlot(SqlStore store, Connection connection, String key, long incarnation, Optional<String> value) throws SQLException {
        this.store = store;
        this.connection = connection;
        this.update = connection.prepareStatement("UPDATE letitcrash_slots SET value = ? WHERE key = ? AND incarnation = ?");
        this.key = key;
        this.incarnation = incarnation;
        this.value = value;
    }

    /** The open's transaction: takes the next incarnation of {@code key}, and reads its value. */
    static Taken take(Connection connection, String key) throws SQLException {
        try (var insert = connection.prepareStatement(
                        "INSERT INTO letitcrash_slots (key, incarnation, value) VALUES (?, 0, NULL) ON CONFLICT (key) DO NOTHING");
                var increment = connection.prepareStatement("UPDATE letitcrash_slots SET incarnation = incarnation + 1 WHERE key = ?");
                var select = connection.prepareStatement("SELECT incarnation, value FROM letitcrash_slots WHERE key = ?")) {
            insert.setString(1, key);
            insert.executeUpdate(); // the first statement writes: on SQLite the transaction holds the write lock from its start
            increment.setString(1, key);
            increment.executeUpdate();
            select.setString(1, key);
            try (var row = select.executeQuery()) {
                row.next();
                return new Taken(row.getLong(1), Optional.ofNullable(row.getString(2)));
            }
        }
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Optional<String> read() {
        return value;
    }

    @Override
    public void write(String value) throws Exception {
        Writer.check(this, owner, value);
        Proc.perform(() -> {
            if (closed.get()) {
                throw new WriteRefused("the write to " + this + " is refused: the slot is closed (its process ended, or closed it)");
            }
            try {
                return store.database().inTurn(connection, () -> change(value));
            } catch (SQLException e) {
                throw new StoreFailed("the write to " + this + " failed, so the store holds the value before it"
                        + " (or this one, if the commit went through before the failure): " + Database.redacted(e.getMessage()), e);
            }
        });
        this.value = Optional.of(value);
    }

    /** In the write's transaction: the check of the incarnation and the change, in one statement. */
    private Void change(String value) throws SQLException {
        update.setString(1, value);
        update.setString(2, key);
        update.setLong(3, incarnation);
        if (update.executeUpdate() == 1) {
            return null;
        }
        try (var latest = connection.prepareStatement("SELECT incarnation FROM letitcrash_slots WHERE key = ?")) {
            latest.setString(1, key);
            try (var row = latest.executeQuery()) {
                throw new WriteRefused("the write to " + this + " is refused: " + (row.next()
                        ? "a later open of the key has fenced it (incarnation " + incarnation + ", the latest is " + row.getLong(1) + ")"
                        : "the key's row is gone from the table"));
            }
        }
    }

    /** Closes the connection: a transaction in it, if any, is rolled back; later writes are refused. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                connection.close();
            } catch (SQLException e) {
                // The database ends the session and rolls back what it did not commit: nothing is lost.
            }
        }
    }

    /** Whether the slot's connection is closed: for the tests, which see the runtime close it. */
    boolean connectionClosed() throws SQLException {
        return connection.isClosed();
    }

    @Override
    public String toString() {
        return "the slot " + key + " of " + store + " (incarnation " + incarnation + ", opened by " + owner + ")";
    }
}
