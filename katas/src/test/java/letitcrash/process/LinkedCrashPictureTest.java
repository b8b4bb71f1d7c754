package letitcrash.process;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import letitcrash.testing.Approved;
import letitcrash.testing.Expect;
import letitcrash.testing.SequenceDiagram;
import letitcrash.testing.Threads;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The picture of chapter 2, drawn from a real run: a trapping, supervisor-like process, a
 * linked worker that crashes, the worker's own linked partner that does not trap exits and
 * dies with it, and a monitor on that partner. The book renders the approved PlantUML text.
 */
@Tag("ch02")
@DisplayName("The picture of a linked crash, drawn from its trace")
class LinkedCrashPictureTest {

    private static final Duration GUARD = Threads.HANG_GUARD;

    /** What the worker tells the supervisor once its partner is linked. */
    record Partner(Pid pid) {}

    @AutoClose
    private final Node node = Node.start();

    @Test
    @DisplayName("a linked crash, as a sequence diagram")
    void linkedCrash() throws Exception {
        node.trace().recordMessages(true);

        List<TraceEvent> trace = node.run(() -> {
            Proc.trapExits(true);
            Pid supervisor = Proc.self();
            Pid worker = Proc.spawnLink(() -> {
                Proc.send(supervisor, new Partner(Proc.spawnLink(Proc::receive)));
                Expect.message(String.class, "work"::equals, GUARD, "'work' from the supervisor");
                throw new IllegalStateException("boom");
            });
            Pid partner = Proc.receive(Partner.class).pid();
            Ref ref = Proc.monitor(partner);
            Proc.send(worker, "work");
            Expect.down(ref, GUARD, "the worker's partner, linked to the worker, which crashed");
            Expect.message(Exit.class, e -> e.from().equals(worker), GUARD, "the Exit of the crashed worker");
            // Every event is now in the trace: the partner's DOWN was the worker's last act.
            // This process's own exit is not, since it comes after; so we read the trace here.
            return node.trace().events();
        });

        Approved.verify(SequenceDiagram.of(trace, Map.of(
                Node.OUTSIDE.toString(), "outside",
                "<0.1.0>", "supervisor",
                "<0.2.0>", "worker",
                "<0.3.0>", "partner")));
    }
}
