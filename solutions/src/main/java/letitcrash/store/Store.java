package letitcrash.store;

/**
 * Where processes keep their state so that it outlives them: one value, as text, under each
 * key. {@link FileStore} keeps a file per key in a folder; {@link SqlStore} a row per key in
 * a database. Both keep the same promises, which their shared contract test checks.
 */
public interface Store {

    /**
     * Opens the slot {@code key} for the calling process, which owns it from now on: the
     * runtime closes it when the process ends (see {@link letitcrash.process.Proc#own}).
     * Opening takes a new incarnation of the key: every slot opened for it before is fenced,
     * and its writes are refused from now on. If such a slot's write is in flight, the open
     * waits for it to end, so what the new slot reads is all there will be.
     *
     * <p>Call from a process. Blocks for the store's I/O.
     *
     * @throws IllegalArgumentException if {@code key} is not a plain name (letters, digits,
     *     {@code . _ -}, at most 100, not starting with a dot)
     * @throws StoreFailed if the store cannot be opened, or what it holds under {@code key}
     *     cannot be read back; the message names the file or table and what is wrong, and
     *     nothing in the store is changed
     */
    Slot open(String key) throws Exception;

    /** The key as given, or a clear error: keys name files, so they stay plain. */
    static String checkedKey(String key) {
        if (key == null || !key.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}")) {
            throw new IllegalArgumentException("a store key is a plain name (letters, digits, . _ -, at most 100,"
                    + " not starting with a dot), not " + (key == null ? "null" : "\"" + key + "\""));
        }
        return key;
    }
}
