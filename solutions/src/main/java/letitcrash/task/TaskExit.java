package letitcrash.task;

import java.time.Duration;
import letitcrash.process.ExitReason;
import letitcrash.process.ProcessExit;

/**
 * An await that failed, thrown in the task's owner as Elixir's {@code Task.await} exits it:
 * {@code {timeout, {Task, await, [task, 5000]}}}, or the task's own reason when it ended
 * without a result. The owner may catch it; if it does not, its process ends with that
 * reason, and a task still linked to it ends too.
 */
public final class TaskExit extends ProcessExit {

    /** The {@link #why()} of an await that waited its whole timeout. */
    public static final ExitReason TIMEOUT = ExitReason.of("timeout");

    private final transient ExitReason why;

    TaskExit(ExitReason why, String function, Object task, Duration timeout) {
        super(new ExitReason.Located(why, "{Task, " + function + ", [" + task + ", " + Task.toString(timeout) + "]}"));
        this.why = why;
    }

    /** What went wrong, without where: {@code timeout}, or the reason the task ended with. */
    public ExitReason why() {
        return why;
    }
}
