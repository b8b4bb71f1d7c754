package letitcrash.workbook;

import java.io.IOException;
import java.util.function.IntConsumer;
import org.jline.terminal.Terminal;

/**
 * Reads single keys from a terminal in raw mode, on a thread of its own, and hands each key's
 * code on as it comes: -1 when the terminal closes. An arrow or page key sends several
 * characters at once; it counts as one key, and page down and the down arrow count as
 * {@code m} (more).
 */
final class KeyReader {

    private static final int ESCAPE = 27;
    /** How long the characters after an escape may take to come, in milliseconds: a key's come together. */
    private static final long SEQUENCE_MILLIS = 20;

    private final Terminal terminal;
    private final IntConsumer keys;

    private KeyReader(Terminal terminal, IntConsumer keys) {
        this.terminal = terminal;
        this.keys = keys;
    }

    /** Starts reading {@code terminal}'s keys into {@code keys}, until the terminal closes. */
    static void start(Terminal terminal, IntConsumer keys) {
        Thread.ofPlatform().daemon().name("keys").start(new KeyReader(terminal, keys)::read);
    }

    private void read() {
        try {
            while (true) {
                int code = terminal.reader().read();
                keys.accept(code == ESCAPE ? escapeSequence() : code);
                if (code == -1) {
                    return;
                }
            }
        } catch (IOException closed) {
            keys.accept(-1);
        }
    }

    /** Reads the rest of an escape sequence, so that it counts as one key. */
    private int escapeSequence() throws IOException {
        var sequence = new StringBuilder();
        for (int next = terminal.reader().read(SEQUENCE_MILLIS); next >= 0; next = terminal.reader().read(SEQUENCE_MILLIS)) {
            sequence.append((char) next);
        }
        return sequence.toString().equals("[B") || sequence.toString().equals("[6~") ? 'm' : ESCAPE;
    }
}
