package letitcrash.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Only restarts count toward the intensity: children that are not restarted are not counted. */
@Tag("ch05")
@DisplayName("Only restarts count")
class OnlyRestartsCountTest {

    private static final String SECTION = "(book: chapter 5)";

    @AutoClose
    private final Node node = Node.start(new ManualClock());

    @Test
    @DisplayName("only restarts count: five temporary crashes under max 0 leave the supervisor running")
    void onlyRestartsCount() throws Exception {
        node.run(() -> {
            var specs = List.of("t1", "t2", "t3", "t4", "t5").stream()
                    .map(id -> Worker.of(id).spec().withRestart(Restart.TEMPORARY)).toList();
            Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE).intensity(0, 5), specs);
            for (var spec : specs) {
                Tree.end(supervisor, spec.id(), Worker.CRASH);
            }
            assertThat(node.isAlive(supervisor)).as(SECTION).isTrue();
            return null;
        });
    }


    @Test
    @DisplayName("a transient child that ends cleanly, again and again, is not counted either")
    void cleanTransientEndsAreNotCounted() throws Exception {
        node.run(() -> {
            var specs = List.of("t1", "t2", "t3").stream()
                    .map(id -> Worker.of(id).spec().withRestart(Restart.TRANSIENT)).toList();
            Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE).intensity(0, 5), specs);
            for (var spec : specs) {
                Tree.end(supervisor, spec.id(), letitcrash.process.ExitReason.NORMAL);
            }
            assertThat(node.isAlive(supervisor)).as(SECTION).isTrue();
            assertThat(Supervisor.countChildren(supervisor)).isEqualTo(new ChildCounts(3, 0, 0, 3));
            return null;
        });
    }
}
