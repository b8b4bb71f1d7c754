package letitcrash.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import letitcrash.process.Down;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.server.GenServer;
import letitcrash.testing.Approved;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A restart whose start fails is tried again, and every try is counted: a child that cannot start makes its supervisor give up. */
@Tag("ch05")
@Tag("kata-5.3")
@Timeout(value = 10, unit = TimeUnit.SECONDS)
@DisplayName("5.3 A restart that cannot start is tried again, and counted")
class TryAgainTest {

    private static final String SECTION = "(book: chapter 5, Kata 5.3)";

    @AutoClose
    private final Node node = Node.start(new ManualClock());

    // tag::try-again-test[]
    @Test
    @DisplayName("5.3 a child that starts once and then never again: three tries are counted, the fourth gives up")
    void triesAreCounted() throws Exception {
        var starts = new AtomicInteger();
        var db = ChildSpec.worker("db", () -> {
            if (starts.incrementAndGet() > 1) {
                throw Proc.exit(ExitReason.of("econnrefused"));
            }
            return GenServer.startLink(Worker.of("db"), null, "db");
        });
        Approved.verify(node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(db));
            var watch = Proc.monitor(supervisor);
            Tree.end(supervisor, "db", Worker.CRASH);
            var down = Proc.receive(Down.class, d -> d.ref().equals(watch), Duration.ofDays(1)).orElseThrow();
            assertThat(down.reason()).as(SECTION).isEqualTo(ExitReason.SHUTDOWN);
            assertThat(starts).as("one start, then three tries " + SECTION).hasValue(4);
            return Tree.events(node) + "supervisor ended " + down.reason() + "\n";
        }));
    }
    // end::try-again-test[]
}
