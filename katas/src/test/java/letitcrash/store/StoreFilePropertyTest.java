package letitcrash.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import letitcrash.process.Node;
import letitcrash.testing.Took;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * What a {@link FileStore} makes of whatever it finds in a key's file, with generated files
 * (QuickTheories, a fixed seed): valid files for values of every kind, then damaged as a
 * crash, a disk or a hand can damage them. Each is opened in a real folder by a process, as
 * the next incarnation would open it. An intact file is read back as exactly the value it
 * was written for; any other is refused with a {@link StoreFailed} that names the file and
 * says what is wrong, and is left as it is. Never another exception, never another value,
 * never an empty state.
 *
 * <p>{@code -Dstore.cases=10000} runs the long run of the first property; {@code -Dstore.seed=N}
 * tries other files.
 */
@Tag("stores") // the stores' long checks: run on the solution by the reference module, not again for each chapter prefix (README, "Stores")
@DisplayName("A store file is read back whole, or refused by name")
class StoreFilePropertyTest {

    /** The damaged files tried: a modest number in the normal run. */
    private static final int CASES = Integer.getInteger("store.cases", 500);
    private static final long SEED = Long.getLong("store.seed", 9);
    private static final String KEY = "wallet";
    /** What a refusal says is wrong, each as its message says it after the file's name. */
    private static final List<String> REASONS = List.of("it is empty", "it has no header line",
            "it does not begin with a store header", "it is truncated", "it is too long", "it is corrupt",
            "its state is not UTF-8 text");
    private static final String READ_BACK = "read back";
    private static final HexFormat HEX = HexFormat.of();

    @TempDir
    private Path dir;
    private Node node;

    @BeforeEach
    void startNode() {
        node = Node.start();
    }

    @AfterEach
    void closeNode() {
        node.close();
    }

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // a hang guard that lets -Dstore.cases=10000 run; the others keep the 10 s default
    @DisplayName("a damaged file is refused with its name and what is wrong; an intact one is read as it was written")
    void aFileIsReadWholeOrRefused() {
        var outcomes = new TreeMap<String, Integer>();
        var took = Took.start();
        // tag::store-file-property[]
        qt().withFixedSeed(SEED).withExamples(CASES).forAll(StoreFiles.damaged()).checkAssert(damaged -> {
            byte[] written = StateFile.encode(damaged.value());
            byte[] found = damaged.bytes(written);
            var intact = Arrays.equals(found, written) ? Optional.of(damaged.value()) : Optional.<String>empty();
            outcomes.merge(opened(found, intact, damaged.toString()), 1, Integer::sum);
        });
        // end::store-file-property[]
        System.out.printf("StoreFilePropertyTest: %d damaged files (%d generated, repeats skipped) in %s (seed %d): %s%n",
                outcomes.values().stream().mapToInt(Integer::intValue).sum(), CASES, took, SEED, outcomes);
        if (CASES >= 500) {
            assertThat(outcomes).as("what %d generated files came to (seed %d): each kind must come up, or the property"
                    + " tries less than it says", CASES, SEED).containsKeys(READ_BACK, "it has no header line",
                    "it does not begin with a store header", "it is truncated", "it is too long", "it is corrupt");
        }
    }

    @Test
    @DisplayName("a file cut short at any length, down to nothing, is refused: never read as a shorter value, nor as none")
    void aFileCutAtAnyLengthIsRefused() {
        var outcomes = new TreeMap<String, Integer>();
        for (String value : List.of("", "10.00", "line one\nline two\n", "€ 😀 ü", "x".repeat(200),
                new String(StateFile.encode("a store file in a store file"), StandardCharsets.UTF_8))) {
            byte[] written = StateFile.encode(value);
            for (int length = 0; length < written.length; length++) {
                String cut = StoreFiles.shown(value) + " cut to " + length + " of " + written.length + " bytes";
                outcomes.merge(opened(Arrays.copyOf(written, length), Optional.empty(), cut), 1, Integer::sum);
            }
            assertThat(opened(written, Optional.of(value), StoreFiles.shown(value))).isEqualTo(READ_BACK);
        }
        assertThat(outcomes).as("what the cuts came to").containsOnlyKeys("it is empty", "it has no header line", "it is truncated");
    }

    @Test
    @DisplayName("a file whose header matches its bytes is read as their text if they are UTF-8, refused if not")
    void aMatchingHeaderOverAnyBytes() {
        Gen<Byte> anyByte = Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0);
        Gen<byte[]> anyBytes = Generate.byteArrays(integers().between(0, 24), anyByte);
        Gen<byte[]> text = StoreFiles.unicode(0, 24).map(value -> value.getBytes(StandardCharsets.UTF_8));
        var outcomes = new TreeMap<String, Integer>();
        qt().withFixedSeed(SEED).withExamples(300).forAll(Generate.oneOf(anyBytes, text)).checkAssert(state -> {
            byte[] header = header(state);
            byte[] file = Arrays.copyOf(header, header.length + state.length);
            System.arraycopy(state, 0, file, header.length, state.length);
            outcomes.merge(opened(file, utf8(state), "the state " + HEX.formatHex(state)), 1, Integer::sum);
        });
        assertThat(outcomes).as("seed %d", SEED).containsOnlyKeys(READ_BACK, "its state is not UTF-8 text");
    }

    @Test
    @DisplayName("a temporary file left by a write that crashed before its rename is deleted, and the old value read")
    void aLeftoverTemporaryFileIsDeleted() {
        Path file = dir.resolve(KEY + ".state");
        Path temp = dir.resolve(KEY + ".state.tmp");
        qt().withFixedSeed(SEED).withExamples(300)
                .forAll(StoreFiles.values().toOptionals(20), StoreFiles.values(), integers().allPositive())
                .checkAssert((old, next, at) -> {
                    byte[] nextFile = StateFile.encode(next);
                    byte[] left = Arrays.copyOf(nextFile, at % (nextFile.length + 1)); // all of it, too: forced, not renamed
                    write(file, old.map(StateFile::encode));
                    write(temp, Optional.of(left));

                    String described = "%s, then %d of the %d bytes of %s left in the temporary file (seed %d)".formatted(
                            old.map(StoreFiles::shown).orElse("no state file"), left.length, nextFile.length, StoreFiles.shown(next), SEED);
                    assertThat(open()).as("%s: what the open reads", described).isEqualTo(old);
                    assertThat(temp).as("%s: the temporary file, after the open", described).doesNotExist();
                    if (old.isPresent()) {
                        assertThat(bytes(file)).as("%s: the state file, after the open", described).isEqualTo(StateFile.encode(old.get()));
                    } else {
                        assertThat(file).as("%s: the state file, never renamed into place", described).doesNotExist();
                    }
                });
    }

    /**
     * Puts {@code found} in the key's file and opens the key. Checks that it is read back as
     * {@code intact} if present, and otherwise refused with the file's name, a reason, and
     * the file left as it was; returns the reason, or {@value #READ_BACK}.
     */
    private String opened(byte[] found, Optional<String> intact, String what) {
        Path file = dir.resolve(KEY + ".state");
        write(file, Optional.of(found));
        String described = what + " (seed " + SEED + ")";
        Optional<String> read;
        try {
            read = open();
        } catch (StoreFailed refused) {
            assertThat(intact).as("%s: an intact file refused: %s", described, refused.getMessage()).isEmpty();
            assertThat(bytes(file)).as("%s: the refused file, after the open", described).isEqualTo(found);
            return reason(file, refused, described);
        }
        assertThat(read).as("%s: what the file is read as", described).isEqualTo(intact).isPresent();
        return READ_BACK;
    }

    /** What the refusal says is wrong, once it is checked to be a plain {@link StoreFailed} that names the file. */
    private static String reason(Path file, StoreFailed refused, String described) {
        assertThat(refused).as(described).isExactlyInstanceOf(StoreFailed.class);
        String named = "the store file " + file + " cannot be read: ";
        assertThat(refused.getMessage()).as(described).startsWith(named);
        String why = refused.getMessage().substring(named.length());
        return REASONS.stream().filter(why::startsWith).findFirst()
                .orElseThrow(() -> new AssertionError(described + ": a refusal that says no known reason: " + refused.getMessage()));
    }

    /** What the key holds, read by a process that opens it, as the next incarnation would. */
    private Optional<String> open() {
        try {
            return node.run(() -> FileStore.in(dir).open(KEY).read());
        } catch (StoreFailed refused) {
            throw refused;
        } catch (Exception e) {
            throw new AssertionError("the open failed with something other than a StoreFailed: " + e, e);
        }
    }

    /** A header that tells the truth about {@code state}, whatever its bytes, as the file format says. */
    private static byte[] header(byte[] state) {
        var crc = new CRC32C();
        crc.update(state);
        String header = StateFile.MAGIC + " length=" + state.length + " crc32c=" + "%08x".formatted(crc.getValue()) + "\n";
        return header.getBytes(StandardCharsets.US_ASCII);
    }

    private static Optional<String> utf8(byte[] bytes) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException notText) {
            return Optional.empty();
        }
    }

    private static void write(Path file, Optional<byte[]> bytes) {
        try {
            if (bytes.isPresent()) {
                Files.write(file, bytes.get());
            } else {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
