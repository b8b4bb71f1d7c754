package letitcrash.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import letitcrash.process.Node;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kata 10.1: reading a journal back. A record cut short by the end of the file is a torn
 * tail, left out and counted; a record that is all there but fails its checksum, or whose
 * length cannot be, stops the scan with a message naming the offset.
 */
@Tag("ch10")
@Tag("kata-10.1")
@DisplayName("10.1 A torn tail is cut, corruption is named")
class JournalScanTest {

    private static final String SECTION = "(book: chapter 10, Kata 10.1)";

    @AutoClose
    private final Node node = Node.start();

    @TempDir
    private Path folder;

    private static final List<String> EVENTS = List.of("Deposited 10.00", "Deposited 2.50", "Withdrawn 4.00");

    /** A journal of the three events of "wallet", and the offset at which each record begins. */
    private static byte[] journal(long[] starts) {
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(JournalFile.HEADER);
        for (int i = 0; i < EVENTS.size(); i++) {
            starts[i] = bytes.size();
            bytes.writeBytes(JournalFile.record("wallet", i + 1, EVENTS.get(i)));
        }
        return bytes.toByteArray();
    }

    private JournalFile.Scan scan(byte[] bytes) {
        return JournalFile.scan(folder.resolve("wallet.journal"), ByteBuffer.wrap(bytes), 0);
    }

    private static List<String> events(JournalFile.Scan scan) {
        return scan.entries().stream().map(EventJournal.Entry::event).toList();
    }

    @Test
    @DisplayName("10.1 a whole journal gives back every event, in order, with its number and offset")
    void aWholeJournalIsReadBack() {
        var starts = new long[3];
        byte[] whole = journal(starts);
        var scan = scan(whole);
        assertThat(events(scan)).as("the events of a whole journal " + SECTION).isEqualTo(EVENTS);
        assertThat(scan.entries()).extracting(EventJournal.Entry::seq).as("their numbers " + SECTION).containsExactly(1L, 2L, 3L);
        assertThat(scan.entries()).extracting(EventJournal.Entry::end).as("the offset after each " + SECTION)
                .containsExactly(starts[1], starts[2], (long) whole.length);
        assertThat(scan.tornBytes()).as("nothing torn " + SECTION).isZero();
    }

    // tag::torn-tail[]
    @Test
    @DisplayName("10.1 a last record cut short at any byte is a torn tail: left out, and its bytes counted")
    void aTornTailIsLeftOut() {
        var starts = new long[3];
        byte[] whole = journal(starts);
        for (int cut = (int) starts[2] + 1; cut < whole.length; cut++) {
            var scan = scan(Arrays.copyOf(whole, cut));
            assertThat(events(scan)).as("the journal cut at byte " + cut + ", inside its last record: a torn tail, never"
                    + " acknowledged; the events before it stay " + SECTION).isEqualTo(EVENTS.subList(0, 2));
            assertThat(scan.validEnd()).as("where the valid part ends " + SECTION).isEqualTo(starts[2]);
            assertThat(scan.tornBytes()).as("the torn bytes, counted " + SECTION).isEqualTo(cut - starts[2]);
        }
    }

    @Test
    @DisplayName("10.1 a record in the middle whose checksum fails stops the scan, naming its offset")
    void corruptionInTheMiddleIsNamed() {
        var starts = new long[3];
        byte[] bytes = journal(starts);
        bytes[(int) starts[1] + 12] ^= 0x01; // one bit of the second event
        var thrown = catchThrowable(() -> scan(bytes));
        assertThat(thrown).as("a record that is all there but fails its checksum, with an event after it: acknowledged"
                + " events may follow it, so it must not be cut as a torn tail " + SECTION).isInstanceOf(StoreFailed.class);
        assertThat(thrown.getMessage()).as("the message names the offset of the bad record " + SECTION)
                .contains("offset " + starts[1]).contains("wallet.journal");
    }
    // end::torn-tail[]

    @Test
    @DisplayName("10.1 a last record that is all there but fails its checksum is corruption, not a torn tail")
    void aWholeLastRecordThatFailsIsCorrupt() {
        var starts = new long[3];
        byte[] bytes = journal(starts);
        bytes[bytes.length - 2] ^= 0x01; // one bit of the last event: every byte of its record is there
        var thrown = catchThrowable(() -> scan(bytes));
        assertThat(thrown).as("the last record is whole, so it was written to the end: it was acknowledged, and a"
                + " changed bit in it is corruption, not a torn tail to cut " + SECTION).isInstanceOf(StoreFailed.class);
        assertThat(thrown.getMessage()).as("the message names the offset of the bad record " + SECTION).contains("offset " + starts[2]);
    }

    @Test
    @DisplayName("10.1 a length that cannot be stops the scan, naming its offset")
    void anImpossibleLengthIsNamed() {
        var starts = new long[3];
        byte[] bytes = journal(starts);
        ByteBuffer.wrap(bytes).putInt((int) starts[1], -7);
        var thrown = catchThrowable(() -> scan(bytes));
        assertThat(thrown).as("a record whose length is negative " + SECTION).isInstanceOf(StoreFailed.class);
        assertThat(thrown.getMessage()).as("the message names the offset " + SECTION).contains("offset " + starts[1]);
    }

    @Test
    @DisplayName("10.1 a journal started on a torn file cuts the tail and records the cut")
    void aStartCutsTheTornTail() throws Exception {
        var starts = new long[3];
        byte[] whole = journal(starts);
        var file = folder.resolve("wallet.journal");
        Files.write(file, Arrays.copyOf(whole, whole.length - 3));
        var events = node.run(() -> {
            Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(EventJournal.spec("journal", file)));
            return EventJournal.read("journal", "wallet", 0).stream().map(EventJournal.Entry::event).toList();
        });
        assertThat(events).as("the events after the start " + SECTION).containsExactly("Deposited 10.00", "Deposited 2.50");
        assertThat(Files.size(file)).as("the file, cut where its valid part ends " + SECTION).isEqualTo(starts[2]);
        assertThat(node.trace().lines()).as("the cut, in the trace " + SECTION)
                .contains("journal wallet.journal: cut a torn tail of " + (whole.length - 3 - starts[2]) + " bytes at offset " + starts[2]);
    }
}
