package letitcrash.supervisor;

import letitcrash.process.ExitReason;
import letitcrash.process.Pid;
import letitcrash.process.TraceEvent;

/**
 * What a supervisor records in its node's trace: each child started, ended, stopped and
 * restarted, and the give-up. A supervisor records them from its own process, so their
 * order in the trace is the order it did them in.
 */
public sealed interface SupervisorEvent extends TraceEvent {

    /** The supervisor that recorded the event. */
    Pid supervisor();

    /** The child {@code id} is running as {@code child}. */
    record ChildStarted(Pid supervisor, String id, Pid child) implements SupervisorEvent {
        @Override
        public String line() {
            return "supervisor " + supervisor + " started " + id + " " + child;
        }
    }

    /** The child {@code id}'s start answered ignore: its spec is kept, with no process. */
    record ChildIgnored(Pid supervisor, String id) implements SupervisorEvent {
        @Override
        public String line() {
            return "supervisor " + supervisor + " started " + id + ": ignore";
        }
    }

    /** The child {@code id} could not start. */
    record ChildStartFailed(Pid supervisor, String id, ExitReason reason) implements SupervisorEvent {
        @Override
        public String line() {
            return "supervisor " + supervisor + " could not start " + id + ": " + reason;
        }
    }

    /** The child {@code id} ended on its own (OTP's {@code child_terminated} report). */
    record ChildExited(Pid supervisor, String id, Pid child, ExitReason reason) implements SupervisorEvent {
        @Override
        public String line() {
            return "supervisor " + supervisor + " saw " + id + " " + child + " exit " + reason;
        }
    }

    /** The supervisor stopped the child {@code id}, which ended with {@code reason}. */
    record ChildStopped(Pid supervisor, String id, Pid child, ExitReason reason) implements SupervisorEvent {
        @Override
        public String line() {
            return "supervisor " + supervisor + " stopped " + id + " " + child + ": " + reason;
        }
    }

    /** The supervisor counted a restart for {@code id} and restarts it (and, by its strategy, others). */
    record Restarting(Pid supervisor, String id) implements SupervisorEvent {
        @Override
        public String line() {
            return "supervisor " + supervisor + " restarts " + id;
        }
    }

    /** One restart too many for {@code id}: the supervisor stops its children and exits {@code shutdown}. */
    record GaveUp(Pid supervisor, String id) implements SupervisorEvent {
        @Override
        public String line() {
            return "supervisor " + supervisor + " gives up: reached_max_restart_intensity (" + id + ")";
        }
    }
}
