package letitcrash.supervisor;

import java.util.Optional;
import letitcrash.process.Pid;

/**
 * One line of {@link Supervisor#whichChildren}: OTP's {@code {id, child, type, modules}}.
 * {@code pid} is empty (OTP's {@code :undefined}) for a child that is not running: stopped
 * with terminateChild, a transient that ended cleanly, or one whose start answered ignore.
 */
public record ChildInfo(String id, Optional<Pid> pid, ChildSpec.Type type) {
    @Override
    public String toString() {
        return "{" + id + ", " + pid.map(Pid::toString).orElse("undefined") + ", " + type + "}";
    }
}
