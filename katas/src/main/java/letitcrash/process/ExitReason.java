package letitcrash.process;

/**
 * Why a process ended, and what an exit signal carries: Erlang's exit reasons, as types.
 *
 * <p>{@link Normal}, {@link Shutdown} and a shutdown with a detail are the clean reasons:
 * a process that ends with one of them has not crashed, and (from chapter 4 on) a
 * supervisor does not restart a transient child for them. Everything else is a crash.
 * {@link Kill} is special only when sent with {@link Proc#exit(Pid, ExitReason)}: then
 * it cannot be trapped, and the process dies with {@link Killed}.
 */
public sealed interface ExitReason {

    ExitReason NORMAL = new Normal();
    ExitReason SHUTDOWN = new Shutdown(null);
    ExitReason KILL = new Kill();
    ExitReason KILLED = new Killed();
    ExitReason NOPROC = new NoProc();

    /** The body returned, or asked to end normally: {@code :normal}. */
    record Normal() implements ExitReason {
        @Override
        public String toString() {
            return "normal";
        }
    }

    /** An orderly stop, perhaps with a detail: {@code :shutdown} or {@code {:shutdown, detail}}. */
    record Shutdown(Object detail) implements ExitReason {
        @Override
        public String toString() {
            return detail == null ? "shutdown" : "{shutdown, " + detail + "}";
        }
    }

    /** The untrappable kill, when sent with {@code exit/2}: {@code :kill}. */
    record Kill() implements ExitReason {
        @Override
        public String toString() {
            return "kill";
        }
    }

    /** What the links and monitors of a killed process see: {@code :killed}. */
    record Killed() implements ExitReason {
        @Override
        public String toString() {
            return "killed";
        }
    }

    /** The process did not exist (any more) when it was linked or monitored: {@code :noproc}. */
    record NoProc() implements ExitReason {
        @Override
        public String toString() {
            return "noproc";
        }
    }

    /** The body threw: Erlang's {@code {exception, stacktrace}}. */
    record Crash(Throwable error) implements ExitReason {
        @Override
        public String toString() {
            String message = error.getMessage();
            return "crash(" + error.getClass().getSimpleName() + (message == null ? "" : ": " + message) + ")";
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Crash crash && crash.error == error;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(error);
        }
    }

    /** Any other reason a process chose, such as Erlang's {@code :boom}. */
    record Other(String term) implements ExitReason {
        @Override
        public String toString() {
            return term;
        }
    }

    /**
     * What a start answers when the name it was to register, or the supervisor's child id
     * it was to start, belongs to the running process {@code pid}: OTP's
     * {@code {already_started, pid}}. The error of a start, not how a process ends: the
     * server that could not take the name ends {@code normal}.
     */
    record AlreadyStarted(Pid pid) implements ExitReason {
        @Override
        public String toString() {
            return "{already_started, " + pid + "}";
        }
    }

    /**
     * A reason with where it arose, as OTP's library functions exit: a call to a server
     * that had ended exits the caller with {@code {noproc, {GenServer, call, [pid, request, 5000]}}}.
     * It is clean only when the reason is a plain {@code shutdown}, because Erlang matches
     * {@code {shutdown, _}} and this is such a tuple.
     */
    record Located(ExitReason reason, String location) implements ExitReason {
        @Override
        public String toString() {
            return "{" + reason + ", " + location + "}";
        }

        @Override
        public boolean isClean() {
            return reason.equals(SHUTDOWN);
        }
    }

    static ExitReason located(ExitReason reason, String location) {
        return new Located(reason, location);
    }

    static ExitReason shutdown(Object detail) {
        return new Shutdown(detail);
    }

    static ExitReason crash(Throwable error) {
        return new Crash(error);
    }

    static ExitReason of(String term) {
        return new Other(term);
    }

    /** Whether this is {@code normal}, {@code shutdown} or {@code {shutdown, detail}}. */
    default boolean isClean() {
        return this instanceof Normal || this instanceof Shutdown;
    }
}
