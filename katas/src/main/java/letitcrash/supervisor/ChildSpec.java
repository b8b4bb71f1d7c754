package letitcrash.supervisor;

import java.util.Objects;
import letitcrash.process.Pid;

/**
 * What a supervisor needs to know about one child: OTP's child spec. The factories give
 * OTP's defaults: permanent, a worker stopped with {@code shutdown} and five seconds, a
 * supervisor with all the time it needs.
 *
 * @param id the child's name within its supervisor (not a registered name)
 * @param start starts the child linked to the calling supervisor and returns its pid
 */
public record ChildSpec(String id, StartFunction start, Restart restart, Shutdown shutdown, Type type) {

    /** A worker does the work; a supervisor watches more children. */
    public enum Type {
        WORKER,
        SUPERVISOR;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Starts a child, linked to the calling process: {@code () -> GenServer.startLink(...)} or
     * {@code () -> Proc.spawnLink(...)}. It may throw {@code Server.ignore()}'s
     * {@code StartIgnored} to start nothing, or anything else to fail.
     */
    @FunctionalInterface
    public interface StartFunction {
        Pid start() throws Exception;
    }

    public ChildSpec {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(restart, "restart");
        Objects.requireNonNull(shutdown, "shutdown");
        Objects.requireNonNull(type, "type");
    }

    /** A permanent worker, stopped with {@code shutdown} and five seconds before a {@code kill}. */
    public static ChildSpec worker(String id, StartFunction start) {
        return new ChildSpec(id, start, Restart.PERMANENT, Shutdown.DEFAULT, Type.WORKER);
    }

    /** A permanent child supervisor, given all the time it needs to stop its own children. */
    public static ChildSpec supervisor(String id, StartFunction start) {
        return new ChildSpec(id, start, Restart.PERMANENT, Shutdown.INFINITY, Type.SUPERVISOR);
    }

    public ChildSpec withRestart(Restart restart) {
        return new ChildSpec(id, start, restart, shutdown, type);
    }

    public ChildSpec withShutdown(Shutdown shutdown) {
        return new ChildSpec(id, start, restart, shutdown, type);
    }

    @Override
    public String toString() {
        return "%{id: " + id + ", restart: " + restart + ", shutdown: " + shutdown + ", type: " + type + "}";
    }
}
