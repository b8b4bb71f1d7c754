package letitcrash.process;

/**
 * Thrown by {@link Proc#link} in a process that does not trap exits when the process it
 * links to has ended: Erlang's {@code link/1} raises {@code error:noproc}. The caller may
 * catch it and go on; if it does not, its process ends with {@code noproc}. A caller that
 * traps exits gets {@code {EXIT, pid, noproc}} in its mailbox instead, and nothing is thrown.
 */
public final class NoProcException extends ProcessExit {

    private final transient Pid pid;

    NoProcException(Pid pid) {
        super(ExitReason.NOPROC);
        this.pid = pid;
    }

    /** The process that had ended. */
    public Pid pid() {
        return pid;
    }
}
