package letitcrash.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import letitcrash.testing.Approved;
import letitcrash.testing.SequenceDiagram;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The picture of chapter 3, drawn from a real run: the approved trace of
 * {@link CallTraceTest#aLateReplyIsDropped}, a call that times out, then a call that
 * succeeds while the first one's late reply is dropped at its inactive alias. The book
 * renders the approved PlantUML text.
 */
@Tag("ch03")
@DisplayName("The picture of a call, drawn from its trace")
class CallPictureTest {

    @Test
    @DisplayName("a timed-out call and a late reply, as a sequence diagram")
    void lateReply() throws IOException {
        var trace = Files.readAllLines(approvedTrace());

        Approved.verify(SequenceDiagram.of(trace, Map.of(
                "<0.0.0>", "outside",
                "<0.1.0>", "caller",
                "<0.2.0>", "server")));
    }

    /** The approved trace, found from the katas or the solutions module, as {@link Approved} finds its files. */
    private static Path approvedTrace() {
        String file = "letitcrash/server/CallTraceTest.aLateReplyIsDropped.approved.txt";
        return Stream.of("src/test/java/", "../katas/src/test/java/", "katas/src/test/java/")
                .map(root -> Path.of(root + file)).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + file + " under katas/src/test/java"));
    }
}
