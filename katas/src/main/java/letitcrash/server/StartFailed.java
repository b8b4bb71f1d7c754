package letitcrash.server;

import letitcrash.process.ExitReason;

/**
 * {@link GenServer#start} or {@link GenServer#startLink} could not start the server
 * because its {@code init} failed, or its name was taken: Elixir's {@code {:error, reason}}.
 * When it is thrown, the server's process has already ended, without running
 * {@code terminate}: with {@link #reason()} if init failed, {@code normal} if the name was taken.
 */
public final class StartFailed extends RuntimeException {

    private final transient ExitReason reason;

    StartFailed(ExitReason reason) {
        super("the server did not start: {error, " + reason + "}",
                reason instanceof ExitReason.Crash(Throwable error) ? error : null, false, false);
        this.reason = reason;
    }

    /**
     * Why init failed: {@code crash(exception)}, or the reason it exited with; or
     * {@link ExitReason.AlreadyStarted} if the name was taken, and init never ran.
     */
    public ExitReason reason() {
        return reason;
    }
}
