package letitcrash.store;

/**
 * A write from a slot that may no longer write: a later open of its key fenced it (a new
 * incarnation of the process took over), or it was closed (its process ended). The store
 * refuses it whatever the writer believes, which is what keeps one writer per key.
 */
public final class WriteRefused extends StoreFailed {

    public WriteRefused(String message) {
        super(message);
    }
}
