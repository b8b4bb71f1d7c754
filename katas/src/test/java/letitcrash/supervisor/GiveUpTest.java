package letitcrash.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.testing.Approved;
import letitcrash.testing.Expect;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What a supervisor does when it gives up, and what its own supervisor then does: escalation. */
@Tag("ch05")
@Tag("kata-5.2")
@DisplayName("5.2 Giving up, and escalation")
class GiveUpTest {

    private static final String SECTION = "(book: chapter 5, Kata 5.2)";

    private final ManualClock clock = new ManualClock();
    @AutoClose
    private final Node node = Node.start(clock);

    // tag::give-up-test[]
    @Test
    @DisplayName("5.2 on giving up, the others are stopped one at a time in reverse start order, each by its own shutdown; the supervisor ends shutdown")
    void theGiveUpOrder() throws Exception {
        Approved.verify(node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(
                    Worker.of("a").spec().withShutdown(Shutdown.BRUTAL_KILL),
                    Worker.of("b").spec().withShutdown(Shutdown.INFINITY),
                    Worker.of("c").spec(),
                    Worker.of("loop").spec()));
            var watch = Proc.monitor(supervisor);
            for (int crash = 1; crash <= 4; crash++) {
                Tree.end(supervisor, "loop", Worker.CRASH);
            }
            var down = Expect.down(watch, Duration.ofDays(1), "the supervisor, which gives up at the fourth crash of loop " + SECTION);
            assertThat(down.reason()).as(SECTION).isEqualTo(ExitReason.SHUTDOWN);
            return Tree.events(node) + "supervisor ended " + down.reason() + "\n";
        }));
    }
    // end::give-up-test[]

    @Test
    @DisplayName("5.2 escalation: a child supervisor that gives up is restarted by its parent, under the parent's own limit")
    void escalation() throws Exception {
        Approved.verify(node.run(() -> {
            var inner = ChildSpec.supervisor("inner", () -> Supervisor.startLink("inner",
                    Flags.erlang(Strategy.ONE_FOR_ONE), List.of(Worker.of("w").spec())));
            Pid top = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(inner));
            var watch = Proc.monitor(top);
            for (int giveUps = 1; giveUps <= 4; giveUps++) {
                Pid innerPid = Expect.whereis("inner");
                for (int crash = 1; crash <= 2; crash++) {
                    Tree.end(innerPid, "w", Worker.CRASH);
                }
                Tree.handled(top, "inner", innerPid);
            }
            var down = Expect.down(watch, Duration.ofDays(1), "the top supervisor, which gives up at inner's fourth give-up " + SECTION);
            assertThat(down.reason()).as(SECTION).isEqualTo(ExitReason.SHUTDOWN);
            return Tree.events(node) + "top ended " + down.reason() + "\n";
        }));
    }

    @Test
    @DisplayName("5.2 a transient child supervisor that gives up is not restarted: it ended with shutdown, a clean reason")
    void aTransientChildSupervisorStaysDown() throws Exception {
        node.run(() -> {
            var inner = ChildSpec.supervisor("inner", () -> Supervisor.startLink("inner",
                    Flags.erlang(Strategy.ONE_FOR_ONE), List.of(Worker.of("w").spec()))).withRestart(Restart.TRANSIENT);
            Pid top = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(inner));
            Pid innerPid = Expect.whereis("inner");
            Tree.end(innerPid, "w", Worker.CRASH);
            Tree.end(innerPid, "w", Worker.CRASH);
            Tree.handled(top, "inner", innerPid);
            assertThat(Supervisor.whichChildren(top)).as(SECTION)
                    .containsExactly(new ChildInfo("inner", java.util.Optional.empty(), ChildSpec.Type.SUPERVISOR));
            return null;
        });
    }
}
