package letitcrash.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The bytes of a store file, pinned: files written by one version must read in the next. */
@Tag("ch09")
@DisplayName("A store file is the header line StateFile documents, then the value")
class StateFileFormatTest {

    @Test
    @DisplayName("the file for 10.00 is the one StateFile's Javadoc shows")
    void theDocumentedFile() {
        assertThat(new String(StateFile.encode("10.00"), StandardCharsets.UTF_8))
                .isEqualTo("letitcrash-state v1 length=5 crc32c=afa1005f\n10.00");
    }

    @Test
    @DisplayName("the length counts the value's UTF-8 bytes, not its characters")
    void theLengthIsInBytes() {
        assertThat(new String(StateFile.encode("€"), StandardCharsets.UTF_8)).startsWith(StateFile.MAGIC + " length=3 ");
    }
}
