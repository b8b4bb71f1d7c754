package letitcrash.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.server.GenServer;
import letitcrash.server.Server;
import letitcrash.server.StartFailed;
import letitcrash.testing.Approved;
import letitcrash.testing.Expect;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Starting a supervisor, and poking at it: which, count, terminate, restart and delete a child. */
@Tag("ch04")
@DisplayName("A supervisor's start and its tools")
class SupervisorTest {

    @AutoClose
    private final Node node = Node.start(new ManualClock());

    /** A child whose init fails. */
    static ChildSpec failing(String id) {
        return ChildSpec.worker(id, () -> GenServer.startLink(new Server<Object>() {
            @Override
            public Object init(Object arg) {
                throw Proc.exit(ExitReason.of("no_database"));
            }
        }, null));
    }

    /** A child whose init answers ignore. */
    static ChildSpec ignoring(String id) {
        return ChildSpec.worker(id, () -> GenServer.startLink(new Server<Object>() {
            @Override
            public Object init(Object arg) {
                throw Server.ignore();
            }
        }, null));
    }

    @Test
    @DisplayName("the defaults are OTP's: permanent, shutdown 5000 for a worker, infinity for a supervisor; 3 restarts in 5 s")
    void defaults() {
        var worker = ChildSpec.worker("w", () -> null);
        assertThat(worker).hasToString("%{id: w, restart: permanent, shutdown: 5000, type: worker}");
        assertThat(ChildSpec.supervisor("s", () -> null)).hasToString("%{id: s, restart: permanent, shutdown: infinity, type: supervisor}");
        assertThat(Flags.of(Strategy.ONE_FOR_ONE)).isEqualTo(new Flags(Strategy.ONE_FOR_ONE, 3, 5));
        assertThat(Flags.erlang(Strategy.ONE_FOR_ONE)).isEqualTo(new Flags(Strategy.ONE_FOR_ONE, 1, 5));
    }

    @Test
    @DisplayName("a child that fails to start stops the ones already started, and the supervisor's start fails with the reason")
    void aFailedStart() throws Exception {
        String events = node.run(() -> {
            assertThatThrownBy(() -> Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE),
                    List.of(Worker.of("a").spec(), Worker.of("b").spec(), failing("db"), Worker.of("c").spec())))
                    .isInstanceOfSatisfying(StartFailed.class, failed -> assertThat(failed.reason())
                            .hasToString("{shutdown, {failed_to_start_child, db, no_database}}"));
            assertThat(Proc.whereis("a")).isEmpty();
            return Tree.events(node);
        });
        Approved.verify(events);
    }

    @Test
    @DisplayName("a child whose init answers ignore keeps its spec, with no process")
    void ignore() throws Exception {
        node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(ignoring("cache"), Worker.of("a").spec()));
            assertThat(Supervisor.whichChildren(supervisor)).as("OTP's order: newest first").containsExactly(
                    new ChildInfo("a", Proc.whereis("a"), ChildSpec.Type.WORKER),
                    new ChildInfo("cache", Optional.empty(), ChildSpec.Type.WORKER));
            assertThat(Supervisor.countChildren(supervisor)).isEqualTo(new ChildCounts(2, 1, 0, 2));
            return null;
        });
    }

    // tag::supervisor-tools-test[]
    @Test
    @DisplayName("terminate, restart and delete a child by hand; none of it counts as a restart")
    void terminateRestartDelete() throws Exception {
        node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(Worker.of("a").spec()));
            Supervisor.terminateChild(supervisor, "a");
            assertThat(Supervisor.whichChildren(supervisor).getFirst().pid()).isEmpty();
            assertThatThrownBy(() -> Supervisor.restartChild(supervisor, "nope")).hasMessageContaining("not_found");
            var again = Supervisor.restartChild(supervisor, "a");
            assertThat(again).isEqualTo(Proc.whereis("a")).isPresent();
            assertThatThrownBy(() -> Supervisor.deleteChild(supervisor, "a")).hasMessageContaining("running");
            Supervisor.terminateChild(supervisor, "a");
            Supervisor.deleteChild(supervisor, "a");
            assertThat(Supervisor.countChildren(supervisor)).isEqualTo(new ChildCounts(0, 0, 0, 0));
            return null;
        });
    }
    // end::supervisor-tools-test[]

    @Test
    @DisplayName("a child's exit signal that arrives after it was terminated by hand restarts nothing")
    void anOldExitIsIgnored() throws Exception {
        node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE).intensity(0, 5), List.of(Worker.of("a").spec()));
            Pid old = Expect.whereis("a");
            Supervisor.terminateChild(supervisor, "a");
            Proc.send(supervisor, new letitcrash.process.Exit(old, ExitReason.of("boom")));
            Tree.settle(supervisor);
            assertThat(node.isAlive(supervisor)).isTrue();
            return null;
        });
    }

    @Test
    @DisplayName("two children with one id are refused clearly")
    void duplicateIds() throws Exception {
        node.run(() -> {
            assertThatThrownBy(() -> Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(Worker.of("a").spec(), Worker.of("a").spec())))
                    .isInstanceOf(StartFailed.class).hasMessageContaining("two children have the id 'a'");
            return null;
        });
    }
}
