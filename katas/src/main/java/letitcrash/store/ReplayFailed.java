package letitcrash.store;

/**
 * A stored event that cannot be replayed: it was written by a version with a bug (before the
 * edge checked it, say), and the rules of today refuse it. The process does not start on a
 * state nobody can vouch for; the message names the stream, the event's number, its offset
 * and its text, so that a person can decide: repair it with an upcaster, or restore a copy.
 */
public final class ReplayFailed extends StoreFailed {

    public ReplayFailed(String message) {
        super(message);
    }
}
