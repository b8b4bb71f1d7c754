package letitcrash.process;

/**
 * Thrown by {@link Proc#link} in a process that does not trap exits when the process it
 * links to has ended: Erlang's {@code link/1} raises {@code error:noproc}. The caller may
 * catch it and go on; if it does not, its process ends with it as a crash,
 * {@code crash(NoProcException: ...)}, as Erlang's ends with {@code {noproc, stacktrace}}.
 * A caller that traps exits gets {@code {EXIT, pid, noproc}} in its mailbox instead, and
 * nothing is thrown.
 */
public final class NoProcException extends RuntimeException {

    private final transient Pid pid;

    NoProcException(Pid pid) {
        super("noproc: " + pid + " is not running");
        this.pid = pid;
    }

    /** The process that had ended. */
    public Pid pid() {
        return pid;
    }

    /** {@code noproc}, what a trapping caller would have got in its {@code Exit}. */
    public ExitReason reason() {
        return ExitReason.NOPROC;
    }
}
