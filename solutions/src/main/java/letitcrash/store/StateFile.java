package letitcrash.store;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * The bytes of a {@link FileStore} file: one header line that gives the length and the
 * CRC-32C checksum of the value, then the value in UTF-8.
 *
 * <pre>letitcrash-state v1 length=5 crc32c=afa1005f
 * 10.00</pre>
 *
 * A file that does not decode is refused with a message that names it and says what is
 * wrong: truncated, too long, corrupt, or not a store file at all. Nothing is ever read as
 * an empty state.
 */
final class StateFile {

    static final String MAGIC = "letitcrash-state v1";
    private static final Pattern HEADER = Pattern.compile(Pattern.quote(MAGIC) + " length=(\\d{1,9}) crc32c=([0-9a-f]{8})");
    private static final int LONGEST_HEADER = MAGIC.length() + 40;

    private StateFile() {}

    /** The file's bytes for {@code value}. */
    static byte[] encode(String value) {
        byte[] bytes;
        try {
            var encoded = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(java.nio.CharBuffer.wrap(value));
            bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("a stored value must be well-formed text: this one has a lone surrogate", e);
        }
        String header = MAGIC + " length=" + bytes.length + " crc32c=" + checksum(bytes) + "\n";
        return ByteBuffer.allocate(header.length() + bytes.length)
                .put(header.getBytes(StandardCharsets.US_ASCII)).put(bytes).array();
    }

    // tag::state-file-decode[]
    /**
     * The value that {@code bytes}, read from {@code file}, hold.
     *
     * @throws StoreFailed if they are not a whole, intact store file: the message names the file
     */
    static String decode(Path file, byte[] bytes) {
        // region kata 9.1: Give back the value only if the file is whole and intact; otherwise refuse it with a StoreFailed that names the file and says what is wrong with it.
        if (bytes.length == 0) {
            throw refused(file, "it is empty (a write that was never forced?)");
        }
        int newline = indexOfNewline(bytes);
        if (newline < 0) {
            throw refused(file, "it has no header line: it does not begin with \"" + MAGIC + " length=… crc32c=…\"");
        }
        var header = HEADER.matcher(new String(bytes, 0, newline, StandardCharsets.US_ASCII));
        if (!header.matches()) {
            throw refused(file, "it does not begin with a store header (\"" + MAGIC + " length=… crc32c=…\")");
        }
        int length = Integer.parseInt(header.group(1));
        int found = bytes.length - newline - 1;
        if (found < length) {
            throw refused(file, "it is truncated: its header promises " + length + " bytes of state, " + found + " follow");
        }
        if (found > length) {
            throw refused(file, "it is too long: its header promises " + length + " bytes of state, " + found + " follow");
        }
        var value = ByteBuffer.wrap(bytes, newline + 1, length).slice();
        String sum = checksum(value.duplicate());
        if (!sum.equals(header.group(2))) {
            throw refused(file, "it is corrupt: its state's checksum is " + sum + ", its header says " + header.group(2));
        }
        return utf8(file, value);
        // endregion
    }
    // end::state-file-decode[]

    private static int indexOfNewline(byte[] bytes) {
        for (int i = 0; i < Math.min(bytes.length, LONGEST_HEADER); i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static String utf8(Path file, ByteBuffer value) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(value).toString();
        } catch (CharacterCodingException e) {
            throw refused(file, "its state is not UTF-8 text, though its checksum matches");
        }
    }

    private static String checksum(byte[] bytes) {
        return checksum(ByteBuffer.wrap(bytes));
    }

    private static String checksum(ByteBuffer bytes) {
        var crc = new CRC32C();
        crc.update(bytes);
        return HexFormat.of().toHexDigits((int) crc.getValue());
    }

    static StoreFailed refused(Path file, String why) {
        return new StoreFailed("the store file " + file + " cannot be read: " + why
                + ". Nothing was changed: move the file away to start that key afresh, or put back a copy.");
    }
}
