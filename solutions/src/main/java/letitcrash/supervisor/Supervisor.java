package letitcrash.supervisor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import letitcrash.process.ExitReason;
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

    /**
     * Every child, with its pid if it runs, in OTP's order: reverse start order, the newest
     * first (a child added with {@link #startChild} comes first).
     */
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
     * A child that is not running stays so, and that is no error.
     *
     * @throws SupervisorRefused with {@code not_found} if there is no such child
     */
    public static void terminateChild(Pid supervisor, String id) throws InterruptedException {
        call(supervisor, new Calls.TerminateChild(id));
    }

    /**
     * Starts the stopped child {@code id} again; returns its pid, empty if its start answered
     * ignore. Not counted as a restart.
     *
     * @throws SupervisorRefused with {@code not_found} if there is no such child, {@code running}
     *     if it runs, or the start's failure if it could not start
     */
    @SuppressWarnings("unchecked")
    public static Optional<Pid> restartChild(Pid supervisor, String id) throws InterruptedException {
        return (Optional<Pid>) call(supervisor, new Calls.RestartChild(id));
    }

    /**
     * Forgets the stopped child {@code id}'s spec.
     *
     * @throws SupervisorRefused with {@code not_found} if there is no such child, {@code running}
     *     if it runs (stop it with {@link #terminateChild} first)
     */
    public static void deleteChild(Pid supervisor, String id) throws InterruptedException {
        call(supervisor, new Calls.DeleteChild(id));
    }

    /**
     * Adds {@code spec} as the supervisor's newest child and starts it, linked to the
     * supervisor, as OTP's {@code start_child}; returns its pid, empty if its start answered
     * ignore. It comes last in start order: the last started by a group restart, the first
     * stopped. A spec whose start fails is not kept, nor a temporary one that answered ignore.
     *
     * @throws SupervisorRefused with {@code {already_started, pid}} if a child with the id
     *     runs, {@code already_present} if one is kept but not running, or the start's
     *     failure if it could not start
     */
    @SuppressWarnings("unchecked")
    public static Optional<Pid> startChild(Pid supervisor, ChildSpec spec) throws InterruptedException {
        Objects.requireNonNull(spec, "the child spec is null: pass one, such as ChildSpec.worker(id, start)");
        return (Optional<Pid>) call(supervisor, new Calls.StartChild(spec));
    }

    /** Stops the supervisor: its children in reverse start order, then itself with {@code normal}. */
    public static void stop(Pid supervisor) throws InterruptedException {
        GenServer.stop(supervisor);
    }

    private static Object call(Pid supervisor, Calls.Request request) throws InterruptedException {
        var answer = GenServer.call(supervisor, request, GenServer.INFINITY);
        if (answer instanceof Refused(ExitReason why, String detail)) {
            throw new SupervisorRefused(why, detail);
        }
        return answer;
    }
}
