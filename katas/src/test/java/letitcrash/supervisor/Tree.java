package letitcrash.supervisor;

import java.util.List;
import java.util.stream.Collectors;
import letitcrash.process.Down;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.TraceEvent;
import letitcrash.server.GenServer;

/** Test support: make a supervised worker end, and wait, without sleeping, until its supervisor has dealt with it. */
final class Tree {

    private Tree() {}

    /**
     * Makes the worker registered as {@code id} end with {@code reason} ({@link Worker#CRASH}
     * for a crash), waits for its end, then for the supervisor to finish handling it. Must run
     * in a process.
     *
     * <p>Why this is enough: the node signals a process's links before it tells its monitors,
     * so when our {@code Down} arrives the supervisor's {@code Exit} is already in its mailbox,
     * and a call queued behind it is answered only once the restart is done.
     */
    static void end(Pid supervisor, String id, Object reason) throws InterruptedException {
        Pid child = Proc.whereis(id).orElseThrow(() -> new AssertionError("no process is registered as " + id));
        var watch = Proc.monitor(child);
        GenServer.cast(child, reason);
        Proc.receive(Down.class, down -> down.ref().equals(watch), GenServer.INFINITY);
        settle(supervisor);
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

    /** A crash, as the worker's callback throws it. */
    static boolean isCrash(ExitReason reason) {
        return reason instanceof ExitReason.Crash;
    }

    static List<String> ids(List<ChildInfo> children) {
        return children.stream().map(ChildInfo::id).toList();
    }
}
