package letitcrash.server;

import java.util.Map;
import letitcrash.process.Node;
import letitcrash.testing.Approved;
import letitcrash.testing.SequenceDiagram;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The picture of chapter 3, drawn from a real run: the run of
 * {@link CallTraceTest#aLateReplyIsDropped}, a call that times out, then a call that
 * succeeds while the first one's late reply is dropped at its inactive alias. The book
 * renders the approved PlantUML text.
 */
@Tag("ch03")
@Tag("kata-3.3") // the picture needs a late reply dropped (kata 3.3)
@DisplayName("The picture of a call, drawn from its trace")
class CallPictureTest {

    @Test
    @DisplayName("a timed-out call and a late reply, as a sequence diagram")
    void lateReply() throws Exception {
        var clock = new ManualClock();
        try (var node = Node.start(clock)) {
            Approved.verify(SequenceDiagram.of(CallTraceTest.lateReply(node, clock), Map.of(
                    "<0.0.0>", "outside",
                    "<0.1.0>", "caller",
                    "<0.2.0>", "server")));
        }
    }
}
