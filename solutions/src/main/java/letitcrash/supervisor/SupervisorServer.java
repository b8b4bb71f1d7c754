package letitcrash.supervisor;

import java.util.List;
import letitcrash.process.Exit;
import letitcrash.process.ExitReason;
import letitcrash.process.Proc;
import letitcrash.server.From;
import letitcrash.server.Server;
import letitcrash.supervisor.Children.Child;
import letitcrash.supervisor.Children.StartError;
import letitcrash.supervisor.SupervisorEvent.ChildExited;
import letitcrash.supervisor.SupervisorEvent.GaveUp;
import letitcrash.supervisor.SupervisorEvent.Restarting;

/**
 * A supervisor is an ordinary server of this runtime: it traps exits, starts its children
 * linked to it in its init, hears of each child's end as an {@link Exit} message, and stops
 * them all in reverse start order in its terminate. What the callbacks do with a child's
 * end is OTP's {@code supervisor:restart/2}: by the child's restart type, nothing, or one
 * counted restart of the child and the children its strategy takes with it; past the
 * restart intensity, it gives up and ends with {@code shutdown}.
 */
final class SupervisorServer implements Server<SupervisorServer.State> {

    /**
     * The supervisor's state: confined to its process. A class, not a record: its children
     * and its restart times change in place, and a record would promise a value.
     */
    static final class State {
        private final Flags flags;
        private final Children children;
        private final RestartIntensity intensity;

        State(Flags flags, Children children, RestartIntensity intensity) {
            this.flags = flags;
            this.children = children;
            this.intensity = intensity;
        }

        Flags flags() {
            return flags;
        }

        Children children() {
            return children;
        }

        RestartIntensity intensity() {
            return intensity;
        }
    }

    /** Sent to itself when a restart could not start a child: OTP's {@code {try_again_restart, id}}. */
    record TryAgain(String id) {}

    private final Flags flags;
    private final List<ChildSpec> specs;

    SupervisorServer(Flags flags, List<ChildSpec> specs) {
        this.flags = flags;
        this.specs = List.copyOf(specs);
    }

    @Override
    public State init(Object arg) throws Exception {
        Proc.trapExits(true);
        var children = new Children(specs);
        try {
            children.startAll();
        } catch (StartError failed) {
            throw Proc.exit(failed.reason);
        }
        return new State(flags, children, new RestartIntensity(flags));
    }

    @Override
    public CallResult<State> handleCall(Object request, From from, State state) throws Exception {
        return new Reply<>(Calls.answer((Calls.Request) request, state.children()), state);
    }

    @Override
    public CastResult<State> handleInfo(Object message, State state) throws Exception {
        return switch (message) {
            case Exit exit -> onExit(exit, state);
            case TryAgain(String id) -> tryAgain(id, state);
            default -> new NoReply<>(state);
        };
    }

    @Override
    public void terminate(ExitReason reason, State state) throws Exception {
        state.children().stopAll();
    }

    /** A child ended on its own: restart it if its type says so, else keep or forget its spec. */
    private CastResult<State> onExit(Exit exit, State state) throws InterruptedException {
        var ended = state.children().byPid(exit.from());
        if (ended.isEmpty()) {
            return new NoReply<>(state); // not a child (any more): an old link, as OTP ignores it
        }
        var child = ended.get();
        Proc.record(new ChildExited(Proc.self(), child.id(), child.pid, exit.reason()));
        child.pid = null;
        if (child.spec.restart().restartsAfter(exit.reason())) {
            return restart(child, state);
        }
        if (child.spec.restart() == Restart.TEMPORARY) {
            state.children().remove(child);
        }
        return new NoReply<>(state);
    }

    /** One counted restart of {@code failed} and its strategy's group, or the give-up. */
    private CastResult<State> restart(Child failed, State state) throws InterruptedException {
        if (!state.intensity().allows(Proc.clock().nanoTime())) {
            // region kata 5.2: Give up as OTP's supervisor does: leave a trace of it, forget the failed child, and end so that the other children are stopped.
            // tag::give-up[]
            Proc.record(new GaveUp(Proc.self(), failed.id()));
            state.children().remove(failed);
            return new Stop<>(ExitReason.SHUTDOWN, state);
            // end::give-up[]
            // endregion
        }
        Proc.record(new Restarting(Proc.self(), failed.id()));
        var group = state.flags().strategy().group(state.children().all(), failed);
        return restartGroup(group, state);
    }

    /**
     * Stops the rest of {@code group}, then starts it again; a child whose start fails is tried
     * again later, as OTP tries again the child that failed to start (not the one that crashed,
     * which may be running again by then), and the children after it wait for that try.
     */
    private CastResult<State> restartGroup(List<Child> group, State state) throws InterruptedException {
        // region kata 4.2: Bring the group back: the others go down and the whole group comes up again, each step in the order OTP uses, leaving out the children the stop forgot. A child that cannot start now gets another chance later.
        // tag::strategy-order[]
        for (var child : group.reversed()) {
            state.children().stop(child);
        }
        for (var child : group) {
            if (state.children().contains(child)) {
                try {
                    state.children().start(child);
                } catch (StartError notYet) {
                    return tryAgainLater(child, state);
                }
            }
        }
        return new NoReply<>(state);
        // end::strategy-order[]
        // endregion
    }

    /** A restart could not start {@code failed}: the supervisor asks itself to try again, and counts that try too. */
    private CastResult<State> tryAgainLater(Child failed, State state) {
        // region kata 5.3: See that the failed child is started again later, each attempt counted like a restart, and let the supervisor go on with its work meanwhile.
        // tag::try-again[]
        Proc.send(Proc.self(), new TryAgain(failed.id()));
        return new NoReply<>(state);
        // end::try-again[]
        // endregion
    }

    private CastResult<State> tryAgain(String id, State state) throws InterruptedException {
        var child = state.children().byId(id).filter(c -> c.pid == null);
        return child.isPresent() ? restart(child.get(), state) : new NoReply<>(state);
    }
}
