package letitcrash.process;

/**
 * Thrown by {@link Proc#exit(ExitReason)} to end the calling process with a reason, as
 * Erlang's {@code exit/1} raises: code may catch it, and if nothing does, the process
 * ends with {@link #reason()} rather than as a crash. Library functions that exit the caller
 * on a failure elsewhere (a server call, from chapter 3) throw subclasses that say more.
 * An end imposed from outside (a kill, an exit signal) is not one of these but a
 * {@link ProcessEnded}, which a {@code catch (Exception e)} does not catch.
 */
public class ProcessExit extends RuntimeException {

    private final transient ExitReason reason;

    public ProcessExit(ExitReason reason) {
        super("exit(" + reason + ")", null, false, false);
        this.reason = reason;
    }

    public ExitReason reason() {
        return reason;
    }
}
