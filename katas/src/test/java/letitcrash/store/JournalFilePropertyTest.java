package letitcrash.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import letitcrash.testing.Took;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.quicktheories.core.Gen;

/**
 * What a scan makes of a damaged journal, with generated journals (QuickTheories, a fixed
 * seed): a journal of events, then cut at any length, or one byte of it changed. Each scan
 * gives back a prefix of the events as they were written, in order (a cut is a torn tail,
 * its bytes counted), or refuses the file with a {@link StoreFailed} that names it and the
 * offset of the bad record. Never another exception, never an event that was not written.
 *
 * <p>What it does not promise: a changed byte in the last record's length that makes it run
 * past the end of the file reads as a torn tail, and that one event is cut (a changed length
 * further in is refused: a whole record follows it). The run prints how often that came up
 * ("a byte changed: a torn tail cut").
 *
 * <p>{@code -Djournal.cases=10000} runs the long run; {@code -Djournal.seed=N} tries others.
 */
@Tag("stores") // the stores' long checks: run on the solution by the reference module, not again for each chapter prefix (README, "Stores")
@DisplayName("A journal is read back as a prefix of what was written, or refused by name")
class JournalFilePropertyTest {

    private static final int CASES = Integer.getInteger("journal.cases", 1000);
    private static final long SEED = Long.getLong("journal.seed", 9);
    private static final Path FILE = Path.of("generated.journal");

    /** A journal to damage: its events, where each record begins, and how to damage it. */
    record Damaged(List<String> events, int cutAt, int flipAt, int flipBits) {
        byte[] written() {
            var bytes = new ByteArrayOutputStream();
            bytes.writeBytes(JournalFile.HEADER);
            for (int i = 0; i < events.size(); i++) {
                bytes.writeBytes(JournalFile.record("wallet", i + 1, events.get(i)));
            }
            return bytes.toByteArray();
        }

        /** The journal as damaged: cut if {@code flipBits} is below 128 (half the cases), else one byte changed by them. */
        byte[] found() {
            byte[] written = written();
            if (flipBits < 128) {
                return Arrays.copyOf(written, JournalFile.HEADER.length + cutAt % (written.length - JournalFile.HEADER.length + 1));
            }
            int at = JournalFile.HEADER.length + flipAt % (written.length - JournalFile.HEADER.length);
            written[at] ^= (byte) flipBits;
            return written;
        }
    }

    private static Gen<Damaged> journals() {
        Gen<String> amount = integers().between(1, 99_999).map(cents -> "%d.%02d".formatted(cents / 100, cents % 100));
        Gen<String> event = integers().between(0, 1).zip(amount, (kind, value) -> (kind == 0 ? "Deposited " : "Withdrawn ") + value);
        Gen<int[]> damage = integers().allPositive().zip(integers().allPositive(), integers().between(0, 255),
                (cut, at, bits) -> new int[] {cut, at, bits});
        return lists().of(event).ofSizeBetween(1, 12).zip(damage, (events, d) -> new Damaged(events, d[0], d[1], d[2]));
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard that lets -Djournal.cases=10000 run
    @DisplayName("a cut or a changed byte gives a prefix of the events, or a refusal that names the file and the offset")
    void aDamagedJournalIsAPrefixOrRefused() {
        var outcomes = new TreeMap<String, Integer>();
        var took = Took.start();
        qt().withFixedSeed(SEED).withExamples(CASES).forAll(journals()).checkAssert(damaged -> {
            byte[] found = damaged.found();
            try {
                var scan = JournalFile.scan(FILE, ByteBuffer.wrap(found), 0);
                var events = new ArrayList<String>();
                scan.entries().forEach(entry -> events.add(entry.event()));
                assertThat(events.size()).as("%s: no more events than were written", damaged).isLessThanOrEqualTo(damaged.events().size());
                assertThat(events).as("%s: what the scan gave back must be the first events as written", damaged)
                        .isEqualTo(damaged.events().subList(0, events.size()));
                assertThat(scan.validEnd() + scan.tornBytes()).as("%s: the valid part and the torn tail make the file", damaged)
                        .isEqualTo(found.length);
                String kind = damaged.flipBits() < 128 ? "cut: " : "a byte changed: ";
                outcomes.merge(kind + (scan.tornBytes() > 0 ? "a torn tail cut" : events.size() == damaged.events().size()
                        ? "all read back" : "a prefix read back"), 1, Integer::sum);
            } catch (StoreFailed refused) {
                assertThat(refused.getMessage()).as("%s: the refusal names the file and the offset", damaged)
                        .contains(FILE.toString()).containsPattern("at offset \\d+");
                outcomes.merge((damaged.flipBits() < 128 ? "cut: " : "a byte changed: ") + "refused", 1, Integer::sum);
            }
        });
        System.out.printf("JournalFilePropertyTest: %d damaged journals in %s (seed %d): %s%n",
                outcomes.values().stream().mapToInt(Integer::intValue).sum(), took, SEED, outcomes);
        assertThat(outcomes).as("each outcome must come up, or the property tries less than it says")
                .containsKeys("cut: a torn tail cut", "cut: a prefix read back", "a byte changed: refused");
    }
}
