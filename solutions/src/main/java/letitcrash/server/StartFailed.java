package letitcrash.server;

import letitcrash.process.ExitReason;

/**
 * {@link GenServer#start} or {@link GenServer#startLink} could not start the server
 * because its {@code init} failed: Elixir's {@code {:error, reason}}. When it is thrown,
 * the server's process has already ended with {@link #reason()}, without running
 * {@code terminate}.
 */
public final class StartFailed extends RuntimeException {

    private final transient ExitReason reason;

    StartFailed(ExitReason reason) {
        super("the server did not start: {error, " + reason + "}",
                reason instanceof ExitReason.Crash(Throwable error) ? error : null, false, false);
        this.reason = reason;
    }

    /** Why init failed: {@code crash(exception)}, or the reason it exited with. */
    public ExitReason reason() {
        return reason;
    }
}
