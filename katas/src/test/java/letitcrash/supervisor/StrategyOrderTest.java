package letitcrash.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.testing.Approved;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Children a, b and c, started in that order, and b crashes: which children each strategy
 * stops and starts, and in what order, as the supervisor's trace shows it.
 */
@Tag("ch04")
@Tag("kata-4.2")
@Timeout(value = 10, unit = TimeUnit.SECONDS)
@DisplayName("4.2 Strategies: who is stopped and started again, in which order")
class StrategyOrderTest {

    private final ManualClock clock = new ManualClock();
    @AutoClose
    private final Node node = Node.start(clock);

    private String crashB(Strategy strategy) throws Exception {
        return node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(strategy),
                    List.of(Worker.of("a").spec(), Worker.of("b").spec(), Worker.of("c").spec()));
            Tree.end(supervisor, "b", Worker.CRASH);
            assertThat(Tree.ids(Supervisor.whichChildren(supervisor))).as("OTP's order: newest first").containsExactly("c", "b", "a");
            assertThat(Supervisor.countChildren(supervisor)).isEqualTo(new ChildCounts(3, 3, 0, 3));
            return Tree.events(node);
        });
    }

    // tag::one-for-one-test[]
    @Test
    @DisplayName("4.2 one_for_one restarts only the child that crashed")
    void oneForOne() throws Exception {
        Approved.verify(crashB(Strategy.ONE_FOR_ONE));
    }
    // end::one-for-one-test[]

    @Test
    @DisplayName("4.2 one_for_all stops the others in reverse start order (c, a), then starts a, b, c")
    void oneForAll() throws Exception {
        Approved.verify(crashB(Strategy.ONE_FOR_ALL));
    }

    @Test
    @DisplayName("4.2 rest_for_one stops the children started after it (c), then starts b, c")
    void restForOne() throws Exception {
        Approved.verify(crashB(Strategy.REST_FOR_ONE));
    }

    @Test
    @DisplayName("4.2 a restarted child is found again by its name: the pid changes, the name stays")
    void aRestartedChildKeepsItsName() throws Exception {
        node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(Worker.of("wallet").spec()));
            Pid before = Proc.whereis("wallet").orElseThrow();
            Tree.end(supervisor, "wallet", Worker.CRASH);
            Pid after = Proc.whereis("wallet").orElseThrow();
            assertThat(after).isNotEqualTo(before);
            assertThat(letitcrash.server.GenServer.call("wallet", "ping")).isEqualTo(after);
            return null;
        });
    }
}
