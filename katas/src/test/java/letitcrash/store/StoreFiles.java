package letitcrash.store;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Generated store files for {@link StoreFilePropertyTest}: values of every kind (empty,
 * control characters, any Unicode text, tens of thousands of characters), and what a crash,
 * a bad disk or a careless hand can do to the bytes of a file written for one.
 */
final class StoreFiles {

    /** The most code points in a long value: past 64 Ki, so no length fits in 16 bits. */
    private static final int LONGEST = 70_000;

    private StoreFiles() {}

    /** A value and what is done to the bytes of its file, in order; no change at all a quarter of the time. */
    record Damaged(String value, List<Mutation> mutations) {
        byte[] bytes(byte[] file) {
            for (var mutation : mutations) {
                file = mutation.apply(file);
            }
            return file;
        }

        @Override
        public String toString() {
            return shown(value) + " " + (mutations.isEmpty() ? "intact" : mutations);
        }
    }

    /** One change to a file's bytes. A position is taken modulo the file's length, so any int will do. */
    sealed interface Mutation {
        byte[] apply(byte[] file);
    }

    /** The file cut short after {@code at} bytes: a write that never finished (never all of it). */
    record Cut(int at) implements Mutation {
        public byte[] apply(byte[] file) {
            return file.length == 0 ? file : Arrays.copyOf(file, at % file.length);
        }
    }

    /** One bit flipped: a bad sector, a bad cable. */
    record Flip(int at, int bit) implements Mutation {
        public byte[] apply(byte[] file) {
            byte[] flipped = file.clone();
            if (file.length > 0) {
                flipped[at % file.length] ^= (byte) (1 << bit);
            }
            return flipped;
        }
    }

    /** One byte set to {@code value}, which may be what it was. */
    record Put(int at, byte value) implements Mutation {
        public byte[] apply(byte[] file) {
            byte[] put = file.clone();
            if (file.length > 0) {
                put[at % file.length] = value;
            }
            return put;
        }
    }

    /** Zeros from {@code from} to the end, the length kept: space the file system gave but no write reached. */
    record ZeroTail(int from) implements Mutation {
        public byte[] apply(byte[] file) {
            byte[] zeroed = file.clone();
            if (file.length > 0) {
                Arrays.fill(zeroed, from % file.length, file.length, (byte) 0);
            }
            return zeroed;
        }
    }

    /** Bytes after the end: a write that appended where it should have replaced. */
    record Append(byte[] tail) implements Mutation {
        public byte[] apply(byte[] file) {
            byte[] longer = Arrays.copyOf(file, file.length + tail.length);
            System.arraycopy(tail, 0, longer, file.length, tail.length);
            return longer;
        }

        @Override
        public String toString() {
            return "Append[" + HexFormat.ofDelimiter(" ").formatHex(tail) + "]";
        }
    }

    /** The file twice over: two writes to one file, the second appended. */
    record Twice() implements Mutation {
        public byte[] apply(byte[] file) {
            return new Append(file).apply(file);
        }
    }

    /** Values and what is done to their files. */
    static Gen<Damaged> damaged() {
        return values().zip(lists().of(mutations()).ofSizeBetween(0, 3), Damaged::new);
    }

    /**
     * Text of every kind: empty, ASCII (control characters and newlines too), any Unicode
     * (beyond the BMP too, but well-formed: no lone surrogate), a value that is itself a store
     * file, and long values, up to {@value #LONGEST} code points.
     */
    static Gen<String> values() {
        Gen<String> empty = Generate.constant("");
        Gen<String> ascii = strings().ascii().ofLengthBetween(0, 40);
        Gen<String> unicode = unicode(0, 40);
        Gen<String> nested = unicode(0, 10).map(text -> new String(StateFile.encode(text), StandardCharsets.UTF_8));
        Gen<String> longText = unicode(1, 20).zip(integers().between(1, LONGEST), StoreFiles::repeatedTo);
        return Generate.frequency(List.of(Pair.of(1, empty), Pair.of(4, ascii), Pair.of(4, unicode), Pair.of(1, nested), Pair.of(1, longText)));
    }

    /** Well-formed text of {@code least} to {@code most} code points, from all of Unicode but the surrogates. */
    static Gen<String> unicode(int least, int most) {
        int surrogates = Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1;
        Gen<Integer> codePoint = integers().between(0, Character.MAX_CODE_POINT - surrogates)
                .map(n -> n < Character.MIN_SURROGATE ? n : n + surrogates);
        return lists().of(codePoint).ofSizeBetween(least, most).map(points -> points.stream()
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());
    }

    private static Gen<Mutation> mutations() {
        Gen<Integer> at = integers().allPositive();
        Gen<Byte> anyByte = Generate.bytes(Byte.MIN_VALUE, Byte.MAX_VALUE, (byte) 0);
        return Generate.oneOf(
                at.map(Cut::new),
                at.zip(integers().between(0, 7), Flip::new),
                at.zip(anyByte, Put::new),
                at.map(ZeroTail::new),
                Generate.byteArrays(integers().between(1, 16), anyByte).map(Append::new),
                Generate.constant(new Twice()));
    }

    private static String repeatedTo(String piece, int codePoints) {
        var text = piece.repeat(codePoints / piece.codePointCount(0, piece.length()) + 1);
        return text.substring(0, text.offsetByCodePoints(0, codePoints));
    }

    /** {@code value} as a failure shows it: escaped, and cut short if long. */
    static String shown(String value) {
        String escaped = value.codePoints().limit(60)
                .mapToObj(cp -> cp < 0x20 || cp == 0x7f ? String.format("\\u%04x", cp) : Character.toString(cp))
                .collect(Collectors.joining());
        int length = value.codePointCount(0, value.length());
        return "\"" + escaped + (length > 60 ? "…\" (" + length + " code points)" : "\"");
    }
}
