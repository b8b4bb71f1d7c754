package letitcrash.supervisor;

import java.util.Optional;
import letitcrash.process.ExitReason;
import letitcrash.supervisor.Children.StartError;

/**
 * What a supervisor answers when it is called from outside: the requests behind
 * {@link Supervisor#whichChildren} and its neighbours, and the answers, as OTP's
 * {@code supervisor:handle_call/3}. A refusal is answered as a value, and
 * {@link Supervisor} throws it in the caller as a {@link SupervisorRefused}.
 */
final class Calls {

    private Calls() {}

    sealed interface Request {}

    record WhichChildren() implements Request {}

    record CountChildren() implements Request {}

    record TerminateChild(String id) implements Request {}

    record RestartChild(String id) implements Request {}

    record DeleteChild(String id) implements Request {}

    record StartChild(ChildSpec spec) implements Request {}

    /** OTP's {@code {error, why}}, with what a reader needs to know about it. */
    record Refused(ExitReason why, String detail) {}

    static Object answer(Request request, Children children) throws InterruptedException {
        return switch (request) {
            case WhichChildren() -> children.all().reversed().stream() // OTP's order: the newest first
                    .map(c -> new ChildInfo(c.id(), Optional.ofNullable(c.pid), c.spec.type())).toList();
            case CountChildren() -> count(children);
            case TerminateChild(String id) -> terminate(children, id);
            case RestartChild(String id) -> restart(children, id);
            case DeleteChild(String id) -> delete(children, id);
            case StartChild(ChildSpec spec) -> start(children, spec);
        };
    }

    private static ChildCounts count(Children children) {
        var all = children.all();
        int active = (int) all.stream().filter(c -> c.pid != null).count();
        int supervisors = (int) all.stream().filter(c -> c.spec.type() == ChildSpec.Type.SUPERVISOR).count();
        return new ChildCounts(all.size(), active, supervisors, all.size() - supervisors);
    }

    private static Object notFound(String id) {
        return new Refused(SupervisorRefused.NOT_FOUND, "no child has the id '" + id + "'");
    }

    private static Object terminate(Children children, String id) throws InterruptedException {
        var child = children.byId(id);
        if (child.isEmpty()) {
            return notFound(id);
        }
        children.stop(child.get());
        return "ok";
    }

    private static Object restart(Children children, String id) throws InterruptedException {
        var child = children.byId(id);
        if (child.isEmpty()) {
            return notFound(id);
        }
        if (child.get().pid != null) {
            return new Refused(SupervisorRefused.RUNNING, "'" + id + "' is running as " + child.get().pid);
        }
        try {
            children.start(child.get());
            return Optional.ofNullable(child.get().pid);
        } catch (StartError failed) {
            return new Refused(failed.reason, "'" + id + "' could not start");
        }
    }

    private static Object delete(Children children, String id) {
        var child = children.byId(id);
        if (child.isEmpty()) {
            return notFound(id);
        }
        if (child.get().pid != null) {
            return new Refused(SupervisorRefused.RUNNING, "'" + id + "' is running as " + child.get().pid + ": terminate it first");
        }
        children.remove(child.get());
        return "ok";
    }

    /**
     * Adds {@code spec} as the newest child and starts it, as OTP's {@code start_child}: a
     * spec whose start fails is not kept, and neither is a temporary one whose start answers
     * ignore (see {@link Children#start}).
     */
    private static Object start(Children children, ChildSpec spec) throws InterruptedException {
        var same = children.byId(spec.id());
        if (same.isPresent()) {
            var pid = same.get().pid;
            return pid != null
                    ? new Refused(SupervisorRefused.alreadyStarted(pid), "'" + spec.id() + "' runs as " + pid)
                    : new Refused(SupervisorRefused.ALREADY_PRESENT,
                            "'" + spec.id() + "' is kept, not running: restartChild starts it, deleteChild forgets it");
        }
        var child = children.add(spec);
        try {
            children.start(child);
            return Optional.ofNullable(child.pid);
        } catch (StartError failed) {
            children.remove(child);
            return new Refused(failed.reason, "'" + spec.id() + "' could not start");
        }
    }
}
