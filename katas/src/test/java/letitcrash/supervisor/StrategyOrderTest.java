package letitcrash.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Children a, b and c, started in that order, and b crashes: which children each strategy
 * stops and starts, and in what order, as the supervisor's trace shows it.
 */
@Tag("ch04")
@DisplayName("4.2 Strategies: who is stopped and started again, in which order")
class StrategyOrderTest {

    private static final String SECTION = "(book: chapter 4, Kata 4.2)";
    private static final String SECTION_4_3 = "(book: chapter 4, Kata 4.3)";

    private final ManualClock clock = new ManualClock();
    @AutoClose
    private final Node node = Node.start(clock);

    private String crashB(Strategy strategy) throws Exception {
        return node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(strategy),
                    List.of(Worker.of("a").spec(), Worker.of("b").spec(), Worker.of("c").spec()));
            Tree.end(supervisor, "b", Worker.CRASH);
            assertThat(Tree.ids(Supervisor.whichChildren(supervisor))).as("OTP's order, newest first " + SECTION).containsExactly("c", "b", "a");
            assertThat(Supervisor.countChildren(supervisor)).as("all three run again " + SECTION).isEqualTo(new ChildCounts(3, 3, 0, 3));
            return Tree.events(node);
        });
    }

    /**
     * Children a, b and c, all transient; a and c have finished (ended normal, their specs
     * kept), then b crashes. Only b runs, so the restart stops no child (stopping one is kata
     * 4.3's code) and the trace shows the group and the order in which it comes back: the
     * supervisor's lines after b's crash, without pids.
     */
    private List<String> crashBWithAAndCFinished(Strategy strategy) throws Exception {
        return node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(strategy), List.of(Worker.of("a").spec().withRestart(Restart.TRANSIENT),
                    Worker.of("b").spec().withRestart(Restart.TRANSIENT), Worker.of("c").spec().withRestart(Restart.TRANSIENT)));
            Tree.end(supervisor, "a", ExitReason.NORMAL);
            Tree.end(supervisor, "c", ExitReason.NORMAL);
            Tree.end(supervisor, "b", Worker.CRASH);
            return Tree.eventsAfter(node, "supervisor saw b exit crash(IllegalStateException: boom)");
        });
    }

    @Test
    @Tag("kata-4.2")
    @DisplayName("4.2 one_for_all brings back the whole group in start order, children that had finished among them: a, b, c")
    void oneForAllStartsTheWholeGroupInStartOrder() throws Exception {
        assertThat(crashBWithAAndCFinished(Strategy.ONE_FOR_ALL))
                .as("after b's crash, a and c having finished: the whole group comes back, in start order " + SECTION)
                .containsExactly("supervisor restarts b", "supervisor started a", "supervisor started b", "supervisor started c");
    }

    @Test
    @Tag("kata-4.2")
    @DisplayName("4.2 rest_for_one brings back the failed child and those started after it, in start order: b, c, not a")
    void restForOneStartsTheFailedAndThoseAfter() throws Exception {
        assertThat(crashBWithAAndCFinished(Strategy.REST_FOR_ONE))
                .as("after b's crash, a and c having finished: b and the child started after it come back, in start order;"
                        + " a, started before it, stays down " + SECTION)
                .containsExactly("supervisor restarts b", "supervisor started b", "supervisor started c");
    }

    // tag::one-for-one-test[]
    @Test
    @Tag("kata-4.2")
    @DisplayName("4.2 one_for_one restarts only the child that crashed")
    void oneForOne() throws Exception {
        Approved.verify(crashB(Strategy.ONE_FOR_ONE));
    }
    // end::one-for-one-test[]

    @Test
    @Tag("kata-4.3")
    @DisplayName("4.3 one_for_all stops the others in reverse start order (c, a), then starts a, b, c")
    void oneForAll() throws Exception {
        Approved.verify(crashB(Strategy.ONE_FOR_ALL));
    }

    @Test
    @Tag("kata-4.3")
    @DisplayName("4.3 rest_for_one stops the children started after it (c), then starts b, c")
    void restForOne() throws Exception {
        Approved.verify(crashB(Strategy.REST_FOR_ONE));
    }

    @Test
    @Tag("kata-4.3") // it observes a restart, which needs the later kata
    @DisplayName("4.2 a temporary child in the group is stopped and forgotten, not started again: one_for_all, a crashes, t stays down")
    void aTemporaryChildIsNotStartedAgain() throws Exception {
        node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ALL), List.of(Worker.of("a").spec(),
                    Worker.of("t").spec().withRestart(Restart.TEMPORARY), Worker.of("c").spec()));
            Tree.end(supervisor, "a", Worker.CRASH);
            assertThat(Proc.whereis("t")).as("the temporary child t, stopped with its group, runs again " + SECTION_4_3).isEmpty();
            assertThat(Tree.ids(Supervisor.whichChildren(supervisor))).as("the children kept " + SECTION_4_3)
                    .containsExactlyInAnyOrder("a", "c");
            return null;
        });
    }

    @Test
    @Tag("kata-4.2")
    @DisplayName("4.2 a restarted child is found again by its name: the pid changes, the name stays")
    void aRestartedChildKeepsItsName() throws Exception {
        node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(Worker.of("wallet").spec()));
            Pid before = Expect.whereis("wallet");
            Tree.end(supervisor, "wallet", Worker.CRASH);
            Pid after = Expect.whereis("wallet");
            assertThat(after).as("the restarted wallet's pid " + SECTION).isNotEqualTo(before);
            assertThat(letitcrash.server.GenServer.call("wallet", "ping")).as("a call by name " + SECTION).isEqualTo(after);
            return null;
        });
    }
}
