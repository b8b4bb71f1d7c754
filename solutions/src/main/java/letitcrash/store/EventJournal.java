package letitcrash.store;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import letitcrash.process.Proc;
import letitcrash.process.TraceEvent;
import letitcrash.server.From;
import letitcrash.server.GenServer;
import letitcrash.server.Server;
import letitcrash.supervisor.ChildSpec;

/**
 * Chapter 10's store: an append-only journal of events, one file, written by one process,
 * its own. Any number of processes append to it ({@link #append}), each event to its
 * stream (a wallet's name), and read a stream back ({@link #read}).
 *
 * <p>Group commit. An append is answered only once its record is forced to the disk. The
 * journal does not force each record: the first append of a batch sends the journal a
 * {@code GATHER} message, which queues behind every append already waiting. When it comes,
 * the journal lets every process that is ready to run go first ({@link Thread#yield}): the
 * appenders it has just answered append again, and their appends queue ahead of the
 * {@code FLUSH} it then sends itself. When the {@code FLUSH} comes, all appends taken since
 * are written in one go and forced once, and only then is each appender answered. Without
 * the yield, the appenders answered by one force would miss the next batch by a moment and
 * wait for the one after: sixteen writers would split into two groups of eight taking turns.
 * No timer, no wait for anyone not ready: a lone writer is forced at once.
 *
 * <p>One writer. The file, and the fence that keeps its one writer ({@link Fence}), belong to
 * the journal's process ({@link Proc#own}); every batch is written through the fence, as one
 * of the process's runtime operations, and refused if a later incarnation has opened the file.
 *
 * <p>Recovery. Opening the file scans it ({@link JournalFile#scan}): a torn tail (a batch
 * cut short by a crash, never acknowledged) is cut off and recorded in the trace; corruption
 * before the end stops the start with a message naming the offset.
 */
public final class EventJournal implements Server<EventJournal.Open> {

    /** One event of one stream, as read back: {@code end} is the journal's offset just after it. */
    public record Entry(String stream, long seq, String event, long end) {}

    /** What the trace records when a start cut a torn tail off the journal. */
    public record TailCut(Path file, long offset, long bytes) implements TraceEvent {
        @Override
        public String line() {
            return "journal " + file.getFileName() + ": cut a torn tail of " + bytes + " bytes at offset " + offset;
        }
    }

    /** How the journal makes a batch durable: {@code channel.force(false)}, or a test's. */
    @FunctionalInterface
    interface Forcer {
        void force(FileChannel channel) throws IOException;
    }

    record Append(String stream, String event) {}

    record Read(String stream, long from) {}

    /** The journal's messages to itself: gather a batch, then write and force it. */
    private enum Flush { GATHER, FLUSH }

    private record Waiting(From from, String stream, long seq, String event, byte[] record) {}

    /** The journal's state: its file, its fence, each stream's last number, and the batch gathering. */
    static final class Open {
        final FileChannel channel;
        final Fence fence;
        final long incarnation;
        final Map<String, Long> last = new HashMap<>();
        final List<Waiting> batch = new ArrayList<>();
        long end;

        Open(FileChannel channel, Fence fence, long incarnation) {
            this.channel = channel;
            this.fence = fence;
            this.incarnation = incarnation;
        }
    }

    private final Path file;
    private final Forcer forcer;

    EventJournal(Path file, Forcer forcer) {
        this.file = file;
        this.forcer = forcer;
    }

    /** A permanent worker: the journal in {@code file}, registered as {@code name}. */
    public static ChildSpec spec(String name, Path file) {
        return spec(name, file, channel -> channel.force(false));
    }

    static ChildSpec spec(String name, Path file, Forcer forcer) {
        return ChildSpec.worker(name, () -> GenServer.startLink(new EventJournal(file, forcer), null, name));
    }

    /**
     * Appends {@code event} to {@code stream} and returns it as stored, with its number in the
     * stream and the journal's offset after it, once it is on the disk. Call from a process.
     *
     * @throws IllegalArgumentException if {@code event} is null or holds a NUL character
     * @throws letitcrash.server.CallExit if the journal crashed before the event was durable:
     *     then it was not acknowledged, and may or may not be found after a restart
     */
    public static Entry append(String journal, String stream, String event) throws InterruptedException {
        if (event == null || event.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("an event is text without NUL characters (a zero byte is space no record filled), not "
                    + (event == null ? "null" : "\"" + event.replace("\0", "\\0") + "\""));
        }
        return (Entry) GenServer.call(journal, new Append(Store.checkedKey(stream), event));
    }

    /** The durable events of {@code stream} from the journal's offset {@code from} on (0: all). Call from a process. */
    @SuppressWarnings("unchecked")
    public static List<Entry> read(String journal, String stream, long from) throws InterruptedException {
        var answer = GenServer.call(journal, new Read(stream, from), GenServer.INFINITY);
        if (answer instanceof StoreFailed refused) {
            throw new StoreFailed(refused.getMessage(), refused);
        }
        return (List<Entry>) answer;
    }

    @Override
    public Open init(Object arg) throws Exception {
        return Proc.perform(() -> {
            Files.createDirectories(file.toAbsolutePath().getParent());
            var fence = Fence.of(file.resolveSibling(file.getFileName() + ".lock"));
            var taken = fence.take(() -> FileChannel.open(file, CREATE, READ, WRITE));
            var open = new Open(taken.read(), fence, taken.number());
            Proc.own(() -> {
                fence.close(open.incarnation);
                open.channel.close();
            });
            recover(open);
            return open;
        });
    }

    /** Scans the file, cuts a torn tail, and learns each stream's last number. */
    private void recover(Open open) throws IOException {
        if (open.channel.size() == 0) {
            open.channel.write(ByteBuffer.wrap(JournalFile.HEADER), 0);
            forcer.force(open.channel);
        }
        var scan = JournalFile.scan(file, readAll(open.channel, 0), 0);
        if (scan.tornBytes() > 0) {
            open.channel.truncate(scan.validEnd());
            forcer.force(open.channel);
            Proc.record(new TailCut(file, scan.validEnd(), scan.tornBytes()));
        }
        scan.entries().forEach(entry -> open.last.put(entry.stream(), entry.seq()));
        open.end = scan.validEnd();
    }

    @Override
    public CallResult<Open> handleCall(Object request, From from, Open open) throws Exception {
        return switch (request) {
            case Append(String stream, String event) -> {
                long seq = open.last.merge(stream, 1L, Long::sum);
                if (open.batch.isEmpty()) {
                    Proc.send(Proc.self(), Flush.GATHER); // queues behind every append already waiting
                }
                open.batch.add(new Waiting(from, stream, seq, event, JournalFile.record(stream, seq, event)));
                yield new NoReply<>(open);
            }
            case Read(String stream, long start) -> new Reply<>(read(open, stream, start), open);
            default -> throw new IllegalArgumentException("a journal appends and reads, nothing else: " + request);
        };
    }

    /**
     * The durable events of {@code stream} from {@code start} on, or a refusal the reader gets
     * (the journal goes on): an offset with no record there is the reader's mistake, most
     * likely a snapshot of another copy of the journal, not damage to this one.
     */
    private Object read(Open open, String stream, long start) throws IOException {
        if (start != 0 && (start < JournalFile.HEADER.length || start > open.end)) {
            return new StoreFailed("the journal " + file + " holds " + open.end + " bytes and no record at offset " + start
                    + ": was the offset taken from a snapshot of another copy of the journal?");
        }
        try {
            var scan = JournalFile.scan(file, readAll(open.channel, 0).limit((int) open.end), start);
            return scan.entries().stream().filter(entry -> entry.stream().equals(stream)).toList();
        } catch (StoreFailed unreadable) {
            return start == 0 ? unreadable : new StoreFailed(unreadable.getMessage() + " (read from offset " + start
                    + ": if that offset came from a snapshot, the snapshot may not belong to this journal)", unreadable);
        }
    }

    @Override
    public CastResult<Open> handleInfo(Object message, Open open) throws Exception {
        if (message == Flush.GATHER) {
            Thread.yield(); // appenders already runnable (the batch just answered) append first
            Proc.send(Proc.self(), Flush.FLUSH); // and so queue ahead of this
        } else if (message == Flush.FLUSH) {
            flush(open);
        }
        return new NoReply<>(open);
    }

    // tag::journal-flush[]
    /** Writes the batch gathered since the last flush, and answers each of its appenders. */
    private void flush(Open open) throws Exception {
        // region kata 10.2: Write every waiting append in one go at the end of the file, make it durable with one force, and only then answer each appender with its entry.
        long start = open.end;
        var bytes = ByteBuffer.allocate(open.batch.stream().mapToInt(waiting -> waiting.record().length).sum());
        open.batch.forEach(waiting -> bytes.put(waiting.record()));
        bytes.flip();
        open.fence.write(open.incarnation, "the journal " + file, () -> {
            while (bytes.hasRemaining()) {
                open.end += open.channel.write(bytes, open.end);
            }
            forcer.force(open.channel);
        });
        long end = start;
        for (var waiting : open.batch) {
            end += waiting.record().length;
            GenServer.reply(waiting.from(), new Entry(waiting.stream(), waiting.seq(), waiting.event(), end));
        }
        open.batch.clear();
        // endregion
    }
    // end::journal-flush[]

    private static ByteBuffer readAll(FileChannel channel, long from) throws IOException {
        var bytes = ByteBuffer.allocate(Math.toIntExact(channel.size() - from));
        while (bytes.hasRemaining() && channel.read(bytes, from + bytes.position()) >= 0) {
            // reads until the buffer is full
        }
        return bytes.flip();
    }
}
