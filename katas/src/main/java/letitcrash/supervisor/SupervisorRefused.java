package letitcrash.supervisor;

import letitcrash.process.ExitReason;
import letitcrash.process.Pid;

/**
 * What a {@link Supervisor} function throws when the supervisor refuses the request: OTP's
 * {@code {error, reason}}, answered by the supervisor, which goes on running. The
 * {@link #reason()} is one of OTP's: {@link #NOT_FOUND}, {@link #RUNNING},
 * {@link #ALREADY_PRESENT}, {@code {already_started, pid}}, or why the child's start failed.
 */
public final class SupervisorRefused extends IllegalStateException {

    /** No child has the id. */
    public static final ExitReason NOT_FOUND = ExitReason.of("not_found");
    /** The child runs, and the request needs it stopped (restartChild, deleteChild). */
    public static final ExitReason RUNNING = ExitReason.of("running");
    /** startChild: a child with the id is kept but not running; restartChild starts it, deleteChild forgets it. */
    public static final ExitReason ALREADY_PRESENT = ExitReason.of("already_present");

    private final transient ExitReason reason;

    SupervisorRefused(ExitReason reason, String detail) {
        super("{error, " + reason + "}: " + detail, null);
        this.reason = reason;
    }

    /** startChild: a child with the id runs as {@code pid}. */
    static ExitReason alreadyStarted(Pid pid) {
        return new ExitReason.AlreadyStarted(pid);
    }

    /** OTP's reason: {@code not_found}, {@code running}, {@code already_present}, {@code {already_started, pid}}, or the start's failure. */
    public ExitReason reason() {
        return reason;
    }
}
