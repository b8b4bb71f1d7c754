package letitcrash.store;

/**
 * A store could not do what was asked: the file or table it names is unreadable, corrupt,
 * held elsewhere, or the write failed. Its message says which file or table, and what is wrong.
 */
public class StoreFailed extends RuntimeException {

    public StoreFailed(String message) {
        super(message);
    }

    public StoreFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
