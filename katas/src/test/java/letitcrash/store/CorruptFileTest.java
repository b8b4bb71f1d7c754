package letitcrash.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import letitcrash.process.Node;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kata 9.1: opening a key reads its file back only if it is whole and intact. A file that
 * is empty, truncated, too long, corrupt or not a store file at all is refused with a
 * {@link StoreFailed} that names the file and says what is wrong, and is left as it is.
 */
@Tag("ch09")
@Tag("kata-9.1")
@DisplayName("9.1 A file that cannot be trusted is refused, clearly")
class CorruptFileTest {

    private static final String SECTION = "(book: chapter 9, Kata 9.1)";

    @AutoClose
    private final Node node = Node.start();

    @TempDir
    private Path folder;

    /** What opening the key "wallet" reads, with {@code bytes} as its file. */
    private Optional<String> open(byte[] bytes) throws Exception {
        Files.write(folder.resolve("wallet.state"), bytes);
        return node.run(() -> FileStore.in(folder).open("wallet").read());
    }

    /** The message of the StoreFailed that opening the key "wallet" throws, with {@code bytes} as its file. */
    private String refusal(byte[] bytes, String what) {
        var thrown = catchThrowable(() -> open(bytes));
        assertThat(thrown).as("a store file that is " + what + " must be refused with a StoreFailed, never read as a"
                + " state " + SECTION).isInstanceOf(StoreFailed.class);
        assertThat(thrown.getMessage()).as("the refusal must name the file " + SECTION)
                .contains(folder.resolve("wallet.state").toString());
        return thrown.getMessage();
    }

    private static byte[] valid(String value) {
        return StateFile.encode(value);
    }

    @Test
    @DisplayName("9.1 a whole, intact file is read back exactly, whatever the value")
    void aWholeFileIsReadBack() throws Exception {
        for (var value : new String[] {"10.00", "", "12 € and 50 ¢", "x".repeat(10_000)}) {
            assertThat(open(valid(value))).as("a file written for \"%.20s\" %s", value, SECTION).contains(value);
        }
    }

    // tag::corrupt-files[]
    @Test
    @DisplayName("9.1 an empty file is refused as empty")
    void anEmptyFileIsRefused() {
        assertThat(refusal(new byte[0], "empty")).as("say that it is empty " + SECTION).contains("empty");
    }

    @Test
    @DisplayName("9.1 a file cut short is refused as truncated")
    void aTruncatedFileIsRefused() {
        byte[] whole = valid("10.00");
        assertThat(refusal(Arrays.copyOf(whole, whole.length - 2), "cut short"))
                .as("say that it is truncated " + SECTION).contains("truncated");
    }

    @Test
    @DisplayName("9.1 a file with bytes after its state is refused as too long")
    void aFileTooLongIsRefused() {
        byte[] longer = (new String(valid("10.00"), StandardCharsets.UTF_8) + "0").getBytes(StandardCharsets.UTF_8);
        assertThat(refusal(longer, "longer than its header says")).as("say that it is too long " + SECTION).contains("too long");
    }

    @Test
    @DisplayName("9.1 a file whose state was changed is refused as corrupt: its checksum does not match")
    void aChangedStateIsRefused() {
        byte[] changed = valid("10.00");
        changed[changed.length - 5] = '9'; // 10.00 becomes 90.00: a flipped bit, and the length still matches
        assertThat(refusal(changed, "changed after it was written")).as("say that it is corrupt " + SECTION).contains("corrupt");
    }
    // end::corrupt-files[]

    @Test
    @DisplayName("9.1 a file that is not a store file is refused: it has no store header")
    void aFileWithoutAHeaderIsRefused() {
        assertThat(refusal("10.00".getBytes(StandardCharsets.UTF_8), "plain text")).as("say that it has no store header "
                + SECTION).contains("header");
        assertThat(refusal("letitcrash-state v1 length=five\n10.00".getBytes(StandardCharsets.UTF_8), "a broken header"))
                .as("say that its header is not a store header " + SECTION).contains("header");
    }

    @Test
    @DisplayName("9.1 a refused file is left as it was, for its owner to look at")
    void aRefusedFileIsLeftAsItWas() throws Exception {
        byte[] cut = Arrays.copyOf(valid("10.00"), 20);
        refusal(cut, "cut short");
        assertThat(Files.readAllBytes(folder.resolve("wallet.state"))).as("the refused file, after the open " + SECTION)
                .isEqualTo(cut);
    }
}
