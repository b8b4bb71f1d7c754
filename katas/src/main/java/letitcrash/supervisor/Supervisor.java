package letitcrash.supervisor;

import java.util.List;
import java.util.Optional;
import letitcrash.process.Pid;
import letitcrash.server.GenServer;
import letitcrash.supervisor.Calls.Refused;

/**
 * Starts supervisors and pokes at them: Elixir's {@code Supervisor} functions. Every
 * function must be called from inside a process (in a test or JShell, through
 * {@code node.run}); each after the start is a {@link GenServer#call} to the supervisor,
 * answered between two of its restarts, never during one.
 *
 * <p>A supervisor starts its children in the order given, each linked to it, before
 * {@code start} returns. When one ends, it restarts it by its {@link Restart} type and its
 * {@link Strategy}, counting each restart against its {@link Flags} intensity; one restart
 * too many and it stops every child in reverse start order and ends with {@code shutdown}.
 * Stopped, it stops its children in reverse start order, each by its own {@link Shutdown}.
 */
public final class Supervisor {

    private Supervisor() {}

    /**
     * Starts a supervisor linked to the caller, which becomes its parent, and its children;
     * returns once every child has started.
     *
     * @throws letitcrash.server.StartFailed with {@code {shutdown, {failed_to_start_child, id, reason}}}
     *     if a child could not start; the children started before it were stopped first
     */
    public static Pid startLink(Flags flags, List<ChildSpec> children) throws InterruptedException {
        return GenServer.startLink(new SupervisorServer(flags, children), null);
    }

    /** {@link #startLink(Flags, List)}, with the supervisor registered as {@code name}. */
    public static Pid startLink(String name, Flags flags, List<ChildSpec> children) throws InterruptedException {
        return GenServer.startLink(new SupervisorServer(flags, children), null, name);
    }

    /** {@link #startLink(Flags, List)}, not linked to the caller: for a JShell session or a test that watches it. */
    public static Pid start(Flags flags, List<ChildSpec> children) throws InterruptedException {
        return GenServer.start(new SupervisorServer(flags, children), null);
    }

    /** Every child, in start order, with its pid if it runs. */
    @SuppressWarnings("unchecked")
    public static List<ChildInfo> whichChildren(Pid supervisor) throws InterruptedException {
        return (List<ChildInfo>) call(supervisor, new Calls.WhichChildren());
    }

    /** How many specs the supervisor keeps, how many run, and of which type. */
    public static ChildCounts countChildren(Pid supervisor) throws InterruptedException {
        return (ChildCounts) call(supervisor, new Calls.CountChildren());
    }

    /**
     * Stops the child {@code id} by its shutdown and keeps its spec (a temporary child's is
     * forgotten); it is not restarted until {@link #restartChild}. Not counted as a restart.
     *
     * @throws IllegalStateException if there is no such child
     */
    public static void terminateChild(Pid supervisor, String id) throws InterruptedException {
        call(supervisor, new Calls.TerminateChild(id));
    }

    /**
     * Starts the stopped child {@code id} again; returns its pid, empty if its start answered
     * ignore. Not counted as a restart.
     *
     * @throws IllegalStateException if there is no such child, it is running, or it could not start
     */
    @SuppressWarnings("unchecked")
    public static Optional<Pid> restartChild(Pid supervisor, String id) throws InterruptedException {
        return (Optional<Pid>) call(supervisor, new Calls.RestartChild(id));
    }

    /**
     * Forgets the stopped child {@code id}'s spec.
     *
     * @throws IllegalStateException if there is no such child, or it is running
     */
    public static void deleteChild(Pid supervisor, String id) throws InterruptedException {
        call(supervisor, new Calls.DeleteChild(id));
    }

    /** Stops the supervisor: its children in reverse start order, then itself with {@code normal}. */
    public static void stop(Pid supervisor) throws InterruptedException {
        GenServer.stop(supervisor);
    }

    private static Object call(Pid supervisor, Calls.Request request) throws InterruptedException {
        var answer = GenServer.call(supervisor, request, GenServer.INFINITY);
        if (answer instanceof Refused(String why)) {
            throw new IllegalStateException("{error, " + why + "}");
        }
        return answer;
    }
}
