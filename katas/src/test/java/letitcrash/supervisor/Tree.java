package letitcrash.supervisor;

import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.TraceEvent;
import letitcrash.server.GenServer;
import letitcrash.testing.Expect;

/** Test support: make a supervised worker end, and wait, without sleeping, until its supervisor has dealt with it. */
final class Tree {

    private Tree() {}

    /**
     * Makes the worker registered as {@code id} end with {@code reason} ({@link Worker#CRASH}
     * for a crash), waits for its end, then for the supervisor to finish handling it. Must run
     * in a process.
     */
    static void end(Pid supervisor, String id, Object reason) throws InterruptedException {
        hurt(supervisor, id, child -> GenServer.cast(child, reason), "cast " + reason);
    }

    /** Kills the worker registered as {@code id} (it ends {@code killed}), then waits as {@link #end} does. */
    static void kill(Pid supervisor, String id) throws InterruptedException {
        hurt(supervisor, id, child -> Proc.exit(child, ExitReason.KILL), "killed");
    }

    private static void hurt(Pid supervisor, String id, Consumer<Pid> how, String what) throws InterruptedException {
        Pid child = Expect.whereis(id);
        var watch = Proc.monitor(child);
        how.accept(child);
        Expect.down(watch, GenServer.INFINITY, "the child " + id + ", " + what);
        handled(supervisor, id, child);
    }

    /**
     * Returns once {@code supervisor} no longer lists {@code child} as its child {@code id}
     * (it restarted, kept or forgot it), or has ended. A supervisor answers a call between two
     * messages, so each answer is either before or after it handled the child's end; the
     * loop asks again until it is after, without depending on which of the child's signals
     * (the supervisor's exit signal, or our monitor's Down) is delivered first.
     */
    static void handled(Pid supervisor, String id, Pid child) throws InterruptedException {
        while (true) {
            List<ChildInfo> children;
            try {
                children = Supervisor.whichChildren(supervisor);
            } catch (letitcrash.server.CallExit ended) {
                return; // it gave up
            }
            if (children.stream().noneMatch(c -> c.id().equals(id) && c.pid().equals(java.util.Optional.of(child)))) {
                return;
            }
        }
    }

    /** Returns once {@code supervisor} has handled every message sent to it before this call, or has ended. */
    static void settle(Pid supervisor) throws InterruptedException {
        try {
            Supervisor.countChildren(supervisor);
        } catch (letitcrash.server.CallExit ended) {
            // it gave up: nothing more to wait for
        }
    }

    /** The supervisor events in the node's trace, one line each. */
    static String events(Node node) {
        return node.trace().events().stream().filter(SupervisorEvent.class::isInstance)
                .map(TraceEvent::line).collect(Collectors.joining("\n", "", "\n"));
    }

    /**
     * The supervisor events after the first that reads {@code line}, pids left out ("supervisor
     * started a"), one per element: what a supervisor did about an end, in order.
     */
    static List<String> eventsAfter(Node node, String line) {
        var lines = events(node).lines().map(event -> event.replaceAll(" <[0-9.]+>", "")).toList();
        int at = lines.indexOf(line);
        if (at < 0) {
            throw new AssertionError("the supervisor recorded no '" + line + "'; its events, pids left out:\n"
                    + String.join("\n", lines));
        }
        return lines.subList(at + 1, lines.size());
    }

    /** A crash, as the worker's callback throws it. */
    static boolean isCrash(ExitReason reason) {
        return reason instanceof ExitReason.Crash;
    }

    static List<String> ids(List<ChildInfo> children) {
        return children.stream().map(ChildInfo::id).toList();
    }
}
