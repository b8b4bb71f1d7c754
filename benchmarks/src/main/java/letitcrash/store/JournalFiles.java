package letitcrash.store;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.BufferedOutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Writes a journal file straight, for the storage benchmark's replay: a million events
 * appended one acknowledged call at a time take minutes of CPU on a small machine, and the
 * replay only reads them. The bytes are the journal's own ({@link JournalFile#HEADER},
 * {@link JournalFile#record}), so a journal started on the file reads it as its own; it is
 * forced once at the end. In the store's package, as {@link ForceCount} is, for the same reason.
 */
public final class JournalFiles {

    private JournalFiles() {}

    /** A new journal {@code file} holding events 1 to {@code count} of {@code stream}, each {@code event}. */
    public static void write(Path file, String stream, String event, int count) throws Exception {
        try (var channel = FileChannel.open(file, CREATE_NEW, WRITE)) {
            var out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
            out.write(JournalFile.HEADER);
            for (int seq = 1; seq <= count; seq++) {
                out.write(JournalFile.record(stream, seq, event));
            }
            out.flush();
            channel.force(false);
        }
    }
}
