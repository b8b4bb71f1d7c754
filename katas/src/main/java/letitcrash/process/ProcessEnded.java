package letitcrash.process;

/**
 * A process's end, imposed on it and thrown in its code so that the code stops: a kill, a
 * fatal exit signal (from a link, from {@code exit/2}, its own {@code exit(self(), reason)}
 * included), or the node's close. Every runtime operation of an ended process throws it,
 * and so does a receive that the end cut short.
 *
 * <p>It is an {@link Error}, not an exception, for the reason the JDK's old
 * {@code ThreadDeath} was one: a {@code catch (Exception e)} around code we do not control
 * must not swallow an end the process cannot refuse, as nothing in Erlang can catch an exit
 * signal. What Erlang lets a process catch, its own {@code exit/1} and a failed call, stays
 * a {@link ProcessExit}. Code that catches this anyway gains nothing: the end is decided,
 * and every further runtime operation throws it again.
 */
public final class ProcessEnded extends Error {

    private final transient ExitReason reason;

    ProcessEnded(ExitReason reason) {
        super("the process has ended: " + reason, null, false, false);
        this.reason = reason;
    }

    /** The reason the node ended the process with. */
    public ExitReason reason() {
        return reason;
    }
}
