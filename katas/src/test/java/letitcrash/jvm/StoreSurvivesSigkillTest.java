package letitcrash.jvm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import letitcrash.process.Node;
import letitcrash.store.StoreFailed;
import letitcrash.testing.Took;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chapter 9's promise, put to a real SIGKILL: a child JVM ({@link StoreWriterChild}) writes
 * 1, 2, 3, … to one key as fast as it can and tells each number once its write has returned;
 * we read a random number of those acknowledgements, kill it at once, and open the store
 * ourselves. Again and again, on the same key: each child goes on from what the last one left.
 *
 * <p>After every kill the store opens (a crash never leaves a file it cannot read), and holds
 * the last number the child acknowledged, or the one after it, whose write was in flight: it
 * keeps every acknowledged write and holds nothing the child did not write. The lines the
 * child had written before the signal count as acknowledged too; we read them after the kill.
 *
 * <p>{@code -Dcrash.kills=500} runs the long run; {@code -Dcrash.seed=N} replays a run's
 * numbers of acknowledgements (not its timing, which no seed can replay).
 */
@Tag("stores") // the stores' long checks: run on the solution by the reference module, not again for each chapter prefix (README, "Stores")
@Timeout(value = 30, unit = TimeUnit.MINUTES) // a hang guard for the long run: every wait in ChildJvm has its own timeout
@DisplayName("A store keeps every acknowledged write through SIGKILL")
class StoreSurvivesSigkillTest {

    /** How many times each store's writer is killed. */
    private static final int KILLS = Integer.getInteger("crash.kills", 50);
    /** Seeds the number of acknowledgements each kill waits for. */
    private static final long SEED = Long.getLong("crash.seed", 9);
    /** The most acknowledgements read before a kill; with none, the kill comes as soon as the child has opened the key. */
    private static final int MOST_ACKS = 40;
    /** The exit value of a process killed by signal 9, as Java reports it on Linux and macOS: 128 + 9. */
    private static final int KILLED_BY_SIGKILL = 128 + 9;
    private static final String KEY = "counter";

    /** What one killed child told us: the line it opened with, the acks read before the kill, and those after. */
    private record Crash(String opened, List<String> before, List<String> after, int exit) {}

    @ParameterizedTest(name = "the {0} store")
    @ValueSource(strings = {"file", "sql"})
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "no signals: destroyForcibly is TerminateProcess there")
    @DisplayName("killed at any moment, the store opens and keeps every acknowledged write")
    void everyAcknowledgedWriteSurvives(String kind, @TempDir Path dir) throws Exception {
        killAgainAndAgain(kind, dir);
    }

    /** The kill run on the store of {@code kind} in {@code dir}: {@code crash.kills} times, each checked. */
    static void killAgainAndAgain(String kind, Path dir) throws Exception {
        var random = new Random(SEED);
        var place = dir.resolve(kind);
        Optional<String> stored = Optional.empty();
        var leftBehind = new TreeMap<String, Integer>();
        int inFlight = 0;
        var took = Took.start();
        try (var node = Node.start()) {
            for (int kill = 1; kill <= KILLS; kill++) {
                String run = "kill %d of %d, the %s store (seed %d)".formatted(kill, KILLS, kind, SEED);
                var crash = crash(kind, place, random.nextInt(MOST_ACKS + 1));
                long acked = check(run, crash, stored);
                leftBehind.merge(listing(place), 1, Integer::sum);

                stored = readBack(run, node, kind, place);

                var kept = acked == 0 ? Optional.<String>empty() : Optional.of(Long.toString(acked));
                assertThat(stored).as("%s: the store must keep every acknowledged write, up to %d (up to %d seen before the kill),"
                                + " and hold nothing the child did not write (it began %d)",
                                run, acked, acked - crash.after().size(), acked + 1)
                        .isIn(kept, Optional.of(Long.toString(acked + 1)));
                inFlight += stored.equals(Optional.of(Long.toString(acked + 1))) ? 1 : 0;
            }
        }
        System.out.printf("StoreSurvivesSigkillTest: %d kills of the %s store in %s (seed %d); the write in flight"
                + " was found %d times; the folder after the kill: %s%n", KILLS, kind, took, SEED, inFlight, leftBehind);
    }

    @ParameterizedTest(name = "the {0} store")
    @ValueSource(strings = {"file", "sql"})
    @DisplayName("stopped in order, the writer ends by itself, and the store holds exactly its last acknowledged write")
    void anOrderlyStopKeepsTheLastWrite(String kind, @TempDir Path dir) throws Exception {
        var place = dir.resolve(kind);
        List<String> told;
        try (var child = ChildJvm.start(ChildJvm.DEFAULT_TIMEOUT, StoreWriterChild.libraries(kind), StoreWriterChild.class, kind, place.toString(), KEY)) {
            assertThat(child.read()).isEqualTo("opened nothing");
            assertThat(child.read()).isEqualTo("acked 1");

            assertThat(child.stop()).as("the child's exit value once its input has ended").isZero();
            told = child.readToEnd();
        }
        long acked = 1 + told.size();
        assertThat(told).isEqualTo(LongStream.rangeClosed(2, acked).mapToObj(n -> "acked " + n).toList());
        try (var node = Node.start()) {
            assertThat(readBack("the orderly stop", node, kind, place)).contains(Long.toString(acked));
        }
    }

    /** Starts a writer, reads {@code acks} of its acknowledgements, kills it at once, and reads what it had told before it died. */
    private static Crash crash(String kind, Path place, int acks) throws InterruptedException {
        try (var child = ChildJvm.start(ChildJvm.DEFAULT_TIMEOUT, StoreWriterChild.libraries(kind), StoreWriterChild.class, kind, place.toString(), KEY)) {
            String opened = child.read();
            var before = new ArrayList<String>();
            for (int i = 0; i < acks; i++) {
                before.add(child.read());
            }
            int exit = child.kill();
            return new Crash(opened, before, child.readToEnd(), exit);
        }
    }

    /**
     * Checks that the child died of the signal, opened what the store held, and acknowledged
     * the numbers after it in order; returns the last number it acknowledged.
     */
    private static long check(String run, Crash crash, Optional<String> stored) {
        assertThat(crash.exit()).as("%s: the child's exit value", run).isEqualTo(KILLED_BY_SIGKILL);
        assertThat(crash.opened()).as("%s: what the child found", run).isEqualTo("opened " + stored.orElse("nothing"));
        long from = stored.map(Long::parseLong).orElse(0L);
        var told = Stream.concat(crash.before().stream(), crash.after().stream()).toList();
        assertThat(told).as("%s: the child's acknowledgements", run)
                .isEqualTo(LongStream.rangeClosed(from + 1, from + told.size()).mapToObj(n -> "acked " + n).toList());
        return from + told.size();
    }

    /** What the store holds, read by a process of our own, as the next incarnation would. */
    private static Optional<String> readBack(String run, Node node, String kind, Path place) throws Exception {
        try {
            return node.run(() -> {
                try (var slot = StoreWriterChild.store(kind, place).open(KEY)) {
                    return slot.read();
                }
            });
        } catch (StoreFailed e) {
            throw new AssertionError(run + ": the store does not open: " + e.getMessage()
                    + "\nthe folder holds: " + contents(place), e);
        }
    }

    /** The names of the files in {@code place}, as one key for counting what kills leave behind. */
    private static String listing(Path place) throws IOException {
        try (var files = Files.list(place)) {
            return files.map(file -> file.getFileName().toString()).sorted().collect(Collectors.joining(" ", "[", "]"));
        }
    }

    /** Each file in {@code place} with its bytes, for a failure's message. */
    private static Map<String, String> contents(Path place) throws IOException {
        var contents = new TreeMap<String, String>();
        try (var files = Files.list(place)) {
            for (var file : files.toList()) {
                byte[] bytes = Files.readAllBytes(file);
                String text = new String(bytes, StandardCharsets.UTF_8).replace("\n", "\\n");
                contents.put(file.getFileName().toString(), bytes.length + " bytes: " + text);
            }
        }
        return contents;
    }
}
