package letitcrash.supervisor;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import letitcrash.process.ExitReason;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.ProcessExit;
import letitcrash.server.StartFailed;
import letitcrash.server.StartIgnored;
import letitcrash.supervisor.SupervisorEvent.ChildIgnored;
import letitcrash.supervisor.SupervisorEvent.ChildStartFailed;
import letitcrash.supervisor.SupervisorEvent.ChildStarted;
import letitcrash.supervisor.SupervisorEvent.ChildStopped;

/**
 * A supervisor's children in start order, each a spec and the pid it runs as (none when
 * it is not running), and the two things done to them: start one, stop one. Children come
 * and go (a temporary one that ends, one added or deleted by a call), so this is a class
 * that changes in place, not a value. Confined to the supervisor's process: only its
 * callbacks touch it.
 */
final class Children {

    /** One child: its spec, and its pid while it runs. */
    static final class Child {
        final ChildSpec spec;
        /** Null while the child is not running. */
        Pid pid;

        Child(ChildSpec spec) {
            this.spec = spec;
        }

        String id() {
            return spec.id();
        }
    }

    /** A child's start failed, with {@code reason}. */
    static final class StartError extends Exception {
        final transient ExitReason reason;

        StartError(ExitReason reason) {
            super(reason.toString(), null, false, false);
            this.reason = reason;
        }
    }

    private final List<Child> children = new ArrayList<>();

    /** @throws IllegalArgumentException if two specs share an id */
    Children(List<ChildSpec> specs) {
        var ids = new HashSet<String>();
        for (var spec : specs) {
            if (!ids.add(spec.id())) {
                throw new IllegalArgumentException("two children have the id '" + spec.id() + "': ids must differ");
            }
            children.add(new Child(spec));
        }
    }

    /** Every child, in start order (a copy). */
    List<Child> all() {
        return List.copyOf(children);
    }

    Optional<Child> byPid(Pid pid) {
        return children.stream().filter(child -> pid.equals(child.pid)).findFirst();
    }

    Optional<Child> byId(String id) {
        return children.stream().filter(child -> child.id().equals(id)).findFirst();
    }

    boolean contains(Child child) {
        return children.contains(child);
    }

    void remove(Child child) {
        children.remove(child);
    }

    /**
     * Adds {@code spec} as the newest child, not yet started: it comes last in start order.
     * The caller has checked that no child has its id.
     */
    Child add(ChildSpec spec) {
        var child = new Child(spec);
        children.add(child);
        return child;
    }

    /**
     * Starts each child in start order. If one fails, stops the ones already started, in
     * reverse start order, and throws.
     */
    void startAll() throws InterruptedException, StartError {
        for (var child : all()) {
            try {
                start(child);
            } catch (StartError failed) {
                stopAll();
                throw new StartError(new ExitReason.Shutdown("{failed_to_start_child, " + child.id() + ", " + failed.reason + "}"));
            }
        }
    }

    /**
     * Starts {@code child} by its spec. An ignore leaves it not running, and forgets a
     * temporary child, as OTP keeps no spec that could never run again.
     */
    void start(Child child) throws InterruptedException, StartError {
        var self = Proc.self();
        try {
            child.pid = child.spec.start().start();
            Proc.record(new ChildStarted(self, child.id(), child.pid));
            return;
        } catch (StartIgnored ignored) {
            Proc.record(new ChildIgnored(self, child.id()));
            if (child.spec.restart() == Restart.TEMPORARY) {
                children.remove(child);
            }
            return;
        } catch (InterruptedException stopped) {
            throw stopped;
        } catch (Exception failed) {
            Proc.checkAlive(); // the supervisor's own end is no failure of the child: it propagates
            var reason = reasonOf(failed);
            Proc.record(new ChildStartFailed(self, child.id(), reason));
            throw new StartError(reason);
        }
    }

    /** Stops {@code child} by its own shutdown, if it runs; a temporary child is then forgotten. */
    void stop(Child child) throws InterruptedException {
        if (child.pid != null) {
            var reason = ChildStop.stop(child.pid, child.spec.shutdown());
            Proc.record(new ChildStopped(Proc.self(), child.id(), child.pid, reason));
            child.pid = null;
        }
        if (child.spec.restart() == Restart.TEMPORARY) {
            children.remove(child);
        }
    }

    /** Stops every running child, one at a time, in reverse start order, each by its own shutdown. */
    void stopAll() throws InterruptedException {
        for (var child : List.copyOf(children).reversed()) {
            stop(child);
        }
    }

    private static ExitReason reasonOf(Exception failed) {
        return switch (failed) {
            case StartFailed start -> start.reason();
            case ProcessExit exit -> exit.reason();
            default -> new ExitReason.Crash(failed);
        };
    }
}
