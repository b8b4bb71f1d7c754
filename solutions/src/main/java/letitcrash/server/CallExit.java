package letitcrash.server;

import java.time.Duration;
import letitcrash.process.ExitReason;
import letitcrash.process.ProcessExit;

/**
 * A call or a stop that failed, thrown in the caller as Elixir's {@code GenServer.call}
 * exits it: {@code {noproc, {GenServer, call, [pid, request, 5000]}}}. The caller may
 * catch it and go on; if it does not, its process ends with that reason.
 *
 * <p>{@link #why()} is what went wrong: {@code noproc} (the server had ended or never
 * was), {@code timeout}, {@code calling_self}, or the reason the server ended with while
 * the call waited.
 */
public final class CallExit extends ProcessExit {

    /** The {@link #why()} of a call that waited its whole timeout. */
    public static final ExitReason TIMEOUT = ExitReason.of("timeout");
    /** The {@link #why()} of a call a server made to itself, which could never be answered. */
    public static final ExitReason CALLING_SELF = ExitReason.of("calling_self");

    private final transient ExitReason why;

    CallExit(ExitReason why, String function, Object server, Object argument, Duration timeout) {
        super(ExitReason.located(why, "{GenServer, " + function + ", [" + server + ", " + argument + ", "
                + GenServer.toString(timeout) + "]}"));
        this.why = why;
    }

    /** What went wrong, without where: {@code noproc}, {@code timeout}, or the server's own end. */
    public ExitReason why() {
        return why;
    }
}
