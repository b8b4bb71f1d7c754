package letitcrash.jvm;

/**
 * A child JVM did not do what its parent waited for: it could not start, exited before it
 * answered, did not answer in time, or did not exit in time. The message names the child
 * and ends with the last lines it wrote to its standard error, where a child's own failure
 * (a missing class, an exception in its main) shows.
 */
public final class ChildFailed extends RuntimeException {

    ChildFailed(String message) {
        super(message);
    }

    ChildFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
