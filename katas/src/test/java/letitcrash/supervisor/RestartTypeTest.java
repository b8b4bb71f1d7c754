package letitcrash.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.testing.BookTable;
import letitcrash.testing.Expect;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * OTP's table of restart types against exit reasons, observed: for each cell a supervisor
 * with one child, which ends with that reason; then what the supervisor kept. The book's
 * table is rendered from these runs.
 */
@Tag("ch04")
@Timeout(value = 20, unit = TimeUnit.SECONDS)
@DisplayName("4.1 Restart types against exit reasons")
class RestartTypeTest {

    private static final String SECTION = "(book: chapter 4, Kata 4.1)";
    private static final String SECTION_4_2 = "(book: chapter 4, Kata 4.2)";
    private static final List<Object> REASONS =
            List.of(ExitReason.NORMAL, ExitReason.SHUTDOWN, new ExitReason.Shutdown("done"), Worker.CRASH);

    /** What became of a child that ended with {@code reason} ({@link ExitReason#KILL}: killed, untrappably) under a supervisor. */
    static String observe(Restart type, Object reason) throws Exception {
        try (var node = Node.start(new ManualClock())) {
            return node.run(() -> {
                Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE),
                        List.of(Worker.of("w").spec().withRestart(type)));
                Pid before = Expect.whereis("w");
                if (reason == ExitReason.KILL) {
                    Tree.kill(supervisor, "w");
                } else {
                    Tree.end(supervisor, "w", reason);
                }
                var children = Supervisor.whichChildren(supervisor);
                if (children.isEmpty()) {
                    return "not restarted, spec removed";
                }
                var now = children.getFirst().pid();
                assertThat(now).as("a restarted child is a new process " + SECTION_4_2).isNotEqualTo(java.util.Optional.of(before));
                return now.isPresent() ? "restarted" : "not restarted, spec kept";
            });
        }
    }

    // tag::restart-types-test[]
    @Test
    @Tag("kata-4.2")
    @DisplayName("4.2 a permanent child is restarted whatever its reason; a transient one only after a crash")
    void permanentAndTransient() throws Exception {
        assertThat(observe(Restart.PERMANENT, ExitReason.NORMAL)).as(SECTION_4_2).isEqualTo("restarted");
        assertThat(observe(Restart.PERMANENT, Worker.CRASH)).as(SECTION_4_2).isEqualTo("restarted");
        assertThat(observe(Restart.TRANSIENT, ExitReason.NORMAL)).as(SECTION_4_2).isEqualTo("not restarted, spec kept");
        assertThat(observe(Restart.TRANSIENT, new ExitReason.Shutdown("done"))).as(SECTION_4_2)
                .isEqualTo("not restarted, spec kept");
        assertThat(observe(Restart.TRANSIENT, Worker.CRASH)).as(SECTION_4_2).isEqualTo("restarted");
    }
    // end::restart-types-test[]

    @Test
    @Tag("kata-4.2") // it observes a restart, which needs the later kata
    @DisplayName("4.2 through a supervisor, a transient child is restarted after any end that is not clean: killed, or a reason of its own")
    void transientAfterAnyUncleanEnd() throws Exception {
        assertThat(observe(Restart.TRANSIENT, ExitReason.KILL)).as("a transient child that was killed " + SECTION_4_2)
                .isEqualTo("restarted");
        assertThat(observe(Restart.TRANSIENT, ExitReason.of("bad_input")))
                .as("a transient child that ended with bad_input, a reason of its own " + SECTION_4_2).isEqualTo("restarted");
    }

    /**
     * The decision asked directly, for every kind of end a child can have. A supervisor acts
     * on it only through a restart, which is kata 4.2's code: so that kata 4.1 shows its own
     * mistakes while 4.2 is still to do, its test asks the decision itself.
     */
    @Test
    @Tag("kata-4.1")
    @DisplayName("4.1 the decision: a permanent child comes back after any end, a transient one after any end but a clean one, a temporary one never")
    void theDecision() {
        var clean = List.of(ExitReason.NORMAL, ExitReason.SHUTDOWN, new ExitReason.Shutdown("done"));
        var unclean = List.of(ExitReason.crash(new IllegalStateException("boom")), ExitReason.KILLED,
                ExitReason.of("bad_input"), ExitReason.NOPROC);
        var expected = new ArrayList<String>();
        var decided = new ArrayList<String>();
        for (var type : Restart.values()) {
            for (var reason : clean) {
                expected.add(cell(type, reason, type == Restart.PERMANENT));
                decided.add(cell(type, reason, type.restartsAfter(reason)));
            }
            for (var reason : unclean) {
                expected.add(cell(type, reason, type != Restart.TEMPORARY));
                decided.add(cell(type, reason, type.restartsAfter(reason)));
            }
        }
        assertThat(decided).as("restartsAfter, for each restart type and exit reason (killed: the reason a killed child"
                + " ends with; bad_input: a reason of the child's own) " + SECTION).containsExactlyElementsOf(expected);
    }

    private static String cell(Restart type, ExitReason reason, boolean restarted) {
        return type + " child that ended with " + reason + ": " + (restarted ? "restarted" : "not restarted");
    }

    @Test
    @Tag("kata-4.1")
    @DisplayName("4.1 a temporary child is never restarted, and its spec is forgotten")
    void temporary() throws Exception {
        assertThat(observe(Restart.TEMPORARY, ExitReason.NORMAL)).as(SECTION).isEqualTo("not restarted, spec removed");
        assertThat(observe(Restart.TEMPORARY, Worker.CRASH)).as(SECTION).isEqualTo("not restarted, spec removed");
    }

    @Test
    @Tag("kata-4.2")
    @DisplayName("4.2 the book's table: every restart type against every kind of exit reason")
    void theBooksTable() throws Exception {
        var rows = new ArrayList<List<?>>();
        for (var type : Restart.values()) {
            var row = new ArrayList<Object>(List.of("`" + type + "`"));
            for (var reason : REASONS) {
                row.add(observe(type, reason));
            }
            rows.add(row);
        }
        BookTable.verify("1,1,1,1,1", List.of("", "`normal`", "`shutdown`", "`{shutdown, done}`", "a crash"), rows);
    }
}
