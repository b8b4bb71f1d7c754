package letitcrash.store;

import java.util.Optional;

/**
 * One key of a {@link Store}, opened by one process: it reads what was stored there and
 * stores what comes next. Only the process that opened it may use it.
 */
public interface Slot extends AutoCloseable {

    /** The key this slot was opened for. */
    String key();

    /**
     * The value stored under the key: what the store held when the slot was opened, or what
     * this slot wrote since; empty if nothing was ever stored.
     */
    Optional<String> read();

    /**
     * Stores {@code value} under the key, replacing what was there. Once it returns, the value
     * is durable: it outlives this process, its JVM and, if the disk keeps what it was told to
     * force, the machine. If it throws, the store holds either the old value or this one,
     * never a mix of the two.
     *
     * <p>A write is one of the calling process's runtime operations
     * ({@link letitcrash.process.Proc#perform}): an ended process cannot begin one.
     *
     * @throws WriteRefused if a slot opened later for the same key has fenced this one, or this
     *     slot is closed: the store itself refuses, whatever the caller believes
     * @throws IllegalStateException if the caller is not the process that opened the slot
     * @throws IllegalArgumentException if {@code value} is not well-formed text (a lone surrogate)
     * @throws StoreFailed if the store could not write it
     */
    void write(String value) throws Exception;

    /** Closes the slot; later writes are refused. Does nothing if it is closed, or fenced. */
    @Override
    void close();
}
