package letitcrash.supervisor;

import java.util.Optional;
import letitcrash.supervisor.Children.StartError;

/**
 * What a supervisor answers when it is called from outside: the requests behind
 * {@link Supervisor#whichChildren} and its neighbours, and the answers. A refusal is
 * answered as a value, and {@link Supervisor} throws it in the caller.
 */
final class Calls {

    private Calls() {}

    sealed interface Request {}

    record WhichChildren() implements Request {}

    record CountChildren() implements Request {}

    record TerminateChild(String id) implements Request {}

    record RestartChild(String id) implements Request {}

    record DeleteChild(String id) implements Request {}

    /** OTP's {@code {error, why}}. */
    record Refused(String why) {}

    static Object answer(Request request, Children children) throws InterruptedException {
        return switch (request) {
            case WhichChildren() -> children.all().stream()
                    .map(c -> new ChildInfo(c.id(), Optional.ofNullable(c.pid), c.spec.type())).toList();
            case CountChildren() -> count(children);
            case TerminateChild(String id) -> terminate(children, id);
            case RestartChild(String id) -> restart(children, id);
            case DeleteChild(String id) -> delete(children, id);
        };
    }

    private static ChildCounts count(Children children) {
        var all = children.all();
        int active = (int) all.stream().filter(c -> c.pid != null).count();
        int supervisors = (int) all.stream().filter(c -> c.spec.type() == ChildSpec.Type.SUPERVISOR).count();
        return new ChildCounts(all.size(), active, supervisors, all.size() - supervisors);
    }

    private static Object notFound(String id) {
        return new Refused("not_found: no child has the id '" + id + "'");
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
            return new Refused("running: '" + id + "' is running as " + child.get().pid);
        }
        try {
            children.start(child.get());
            return Optional.ofNullable(child.get().pid);
        } catch (StartError failed) {
            return new Refused("could not start '" + id + "': " + failed.reason);
        }
    }

    private static Object delete(Children children, String id) {
        var child = children.byId(id);
        if (child.isEmpty()) {
            return notFound(id);
        }
        if (child.get().pid != null) {
            return new Refused("running: '" + id + "' is running as " + child.get().pid + "; terminate it first");
        }
        children.remove(child.get());
        return "ok";
    }
}
