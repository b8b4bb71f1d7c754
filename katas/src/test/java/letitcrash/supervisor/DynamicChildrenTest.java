package letitcrash.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.testing.Expect;
import letitcrash.time.ManualClock;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Children added and removed while the supervisor runs, as OTP's {@code start_child},
 * {@code terminate_child}, {@code restart_child} and {@code delete_child} answer them. Every
 * expected answer here was run on OTP 25 (Elixir 1.14's {@code Supervisor} functions over
 * {@code supervisor.erl}): see the book's OTP facts appendix.
 */
@Tag("ch04")
@DisplayName("Children added and removed while the supervisor runs")
class DynamicChildrenTest {

    @AutoClose
    private final Node node = Node.start(new ManualClock());

    private static Pid supervisor(ChildSpec... children) throws InterruptedException {
        return Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(children));
    }

    private static List<String> ids(Pid supervisor) throws InterruptedException {
        return Tree.ids(Supervisor.whichChildren(supervisor));
    }

    @Test
    @DisplayName("whichChildren answers newest first, and a temporary child whose init answers ignore keeps no spec")
    void whichChildrenNewestFirst() throws Exception {
        node.run(() -> {
            Pid sup = supervisor(Worker.of("a").spec(), Worker.of("b").spec(),
                    SupervisorTest.ignoring("c").withRestart(Restart.TEMPORARY), SupervisorTest.ignoring("d"));
            assertThat(Supervisor.whichChildren(sup)).containsExactly(
                    new ChildInfo("d", Optional.empty(), ChildSpec.Type.WORKER),
                    new ChildInfo("b", Proc.whereis("b"), ChildSpec.Type.WORKER),
                    new ChildInfo("a", Proc.whereis("a"), ChildSpec.Type.WORKER));
            assertThat(Supervisor.countChildren(sup)).isEqualTo(new ChildCounts(3, 2, 0, 3));
            return null;
        });
    }

    @Test
    @DisplayName("startChild starts the newest child, linked to the supervisor; OTP's errors for an id that is taken")
    void startChild() throws Exception {
        node.run(() -> {
            Pid sup = supervisor(Worker.of("a").spec(), SupervisorTest.ignoring("d"));
            var e = Supervisor.startChild(sup, Worker.of("e").spec());
            assertThat(e).isEqualTo(Proc.whereis("e")).isPresent();
            assertThat(ids(sup)).containsExactly("e", "d", "a");
            assertRefused(() -> Supervisor.startChild(sup, Worker.of("e").spec()), new ExitReason.AlreadyStarted(e.get()));
            assertRefused(() -> Supervisor.startChild(sup, Worker.of("d").spec()), SupervisorRefused.ALREADY_PRESENT);
            assertThat(Supervisor.startChild(sup, SupervisorTest.ignoring("f").withRestart(Restart.TEMPORARY))).isEmpty();
            assertThat(Supervisor.startChild(sup, SupervisorTest.ignoring("g"))).isEmpty();
            assertRefused(() -> Supervisor.startChild(sup, SupervisorTest.failing("h")), ExitReason.of("no_database"));
            assertThat(ids(sup)).as("neither the temporary ignore nor the failed start is kept")
                    .containsExactly("g", "e", "d", "a");
            assertThat(node.isAlive(sup)).isTrue();
            return null;
        });
    }

    @Test
    @DisplayName("a started child is supervised like the others: restarted after a crash, stopped first")
    void aStartedChildIsSupervised() throws Exception {
        node.run(() -> {
            Pid sup = supervisor(Worker.of("a").spec());
            Pid e = Supervisor.startChild(sup, Worker.of("e").spec()).orElseThrow();
            Tree.end(sup, "e", Worker.CRASH);
            Pid again = Expect.whereis("e");
            assertThat(again).isNotEqualTo(e);
            Supervisor.stop(sup);
            var stops = node.trace().lines().stream().filter(line -> line.contains(" stopped ")).toList();
            assertThat(stops).as("reverse start order: the started child first").hasSize(2)
                    .satisfiesExactly(line -> assertThat(line).contains(" stopped e " + again),
                            line -> assertThat(line).contains(" stopped a "));
            return null;
        });
    }

    @Test
    @DisplayName("terminate, restart and delete: running, not_found, and delete only a child that is not running")
    void terminateRestartDelete() throws Exception {
        node.run(() -> {
            Pid sup = supervisor(Worker.of("a").spec());
            assertRefused(() -> Supervisor.deleteChild(sup, "a"), SupervisorRefused.RUNNING);
            assertRefused(() -> Supervisor.restartChild(sup, "a"), SupervisorRefused.RUNNING);
            assertRefused(() -> Supervisor.deleteChild(sup, "zz"), SupervisorRefused.NOT_FOUND);
            assertRefused(() -> Supervisor.terminateChild(sup, "zz"), SupervisorRefused.NOT_FOUND);
            assertRefused(() -> Supervisor.restartChild(sup, "zz"), SupervisorRefused.NOT_FOUND);
            Supervisor.terminateChild(sup, "a");
            Supervisor.terminateChild(sup, "a"); // a stopped child stays stopped: no error
            assertRefused(() -> Supervisor.startChild(sup, Worker.of("a").spec()), SupervisorRefused.ALREADY_PRESENT);
            Supervisor.deleteChild(sup, "a");
            assertRefused(() -> Supervisor.deleteChild(sup, "a"), SupervisorRefused.NOT_FOUND);
            assertThat(Supervisor.startChild(sup, Worker.of("a").spec())).isEqualTo(Proc.whereis("a")).isPresent();
            var t = Supervisor.startChild(sup, Worker.of("t").spec().withRestart(Restart.TEMPORARY)).orElseThrow();
            assertRefused(() -> Supervisor.startChild(sup, Worker.of("t").spec()), new ExitReason.AlreadyStarted(t));
            Supervisor.terminateChild(sup, "t");
            assertThat(ids(sup)).as("a terminated temporary child is forgotten").containsExactly("a");
            return null;
        });
    }

    @Test
    @DisplayName("a null spec is named before anything is asked of the supervisor")
    void aNullSpecIsNamed() throws Exception {
        node.run(() -> {
            Pid sup = supervisor();
            assertThatThrownBy(() -> Supervisor.startChild(sup, null)).isInstanceOf(NullPointerException.class)
                    .hasMessageContaining("the child spec is null");
            return null;
        });
    }

    private static void assertRefused(ThrowingCallable call, ExitReason reason) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SupervisorRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(reason))
                .hasMessageStartingWith("{error, " + reason + "}");
    }
}
