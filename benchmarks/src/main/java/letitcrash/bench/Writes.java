package letitcrash.bench;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import letitcrash.process.Node;
import letitcrash.process.Proc;
import letitcrash.store.EventJournal;
import letitcrash.store.FileStore;
import letitcrash.store.ForceCount;
import letitcrash.store.SqlStore;
import letitcrash.store.Store;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;

/**
 * The acknowledged writes: each case writes in a loop for a fixed time, in the folder it is
 * given, and counts the writes that returned, each durable when it returned. Each case that
 * needs the runtime starts a node of its own and closes it, so no process outlives it.
 */
final class Writes {

    private static final String EVENT = "Deposited 1.00";
    /** The baseline's record: as long as a journal record of {@link #EVENT} (8 bytes of header, then "w01 1234 Deposited 1.00"). */
    private static final byte[] RECORD = "........w01 1234 Deposited 1.00".getBytes(StandardCharsets.US_ASCII);

    private Writes() {}

    /**
     * A wallet's state as its snapshot is stored: seq, offset, balance; about the size of a
     * journal record. Each write stores a new one: SQLite leaves a row whose bytes do not
     * change untouched, and a commit that changed nothing forces nothing (a first try wrote
     * the same text each time, and SQLite forced 11 times in 13,410 commits).
     */
    private static String state(long seq) {
        return "%d %d %d.00".formatted(100_000 + seq, 4_000_000 + 38 * seq, 100_000 + seq);
    }

    /**
     * What one case measured: {@code acks} writes acknowledged in {@code nanos}; for the
     * journal, the forces it made in that time ({@code forces} is empty elsewhere).
     */
    record Rate(long acks, long nanos, List<ForceCount.Force> forces) {
        double perSecond() {
            return acks / (nanos / 1e9);
        }

        /** This and {@code other} as one measurement: their writes, their times and their forces together. */
        Rate plus(Rate other) {
            var both = new ArrayList<>(forces);
            both.addAll(other.forces);
            return new Rate(acks + other.acks, nanos + other.nanos, List.copyOf(both));
        }

        double acksPerForce() {
            return (double) acks / forces.size();
        }

        double millisPerForce() {
            return forces.stream().mapToLong(ForceCount.Force::nanos).sum() / 1e6 / forces.size();
        }

        /**
         * How many appends each force made durable, in order: its bytes over the mean bytes
         * of a record in the run (records differ by a digit or two, so this is near, not exact).
         */
        long[] batches() {
            double record = (double) forces.stream().mapToLong(ForceCount.Force::bytes).sum() / acks;
            return forces.stream().mapToLong(force -> Math.round(force.bytes() / record)).toArray();
        }
    }

    /** The baseline: one channel, a small record appended and {@code force(false)} per write, no runtime. */
    static Rate baseline(Path folder, Duration time) throws Exception {
        try (var channel = FileChannel.open(folder.resolve("raw.log"), CREATE_NEW, WRITE)) {
            long acks = 0, position = 0, start = System.nanoTime(), deadline = start + time.toNanos();
            while (System.nanoTime() < deadline) {
                var record = ByteBuffer.wrap(RECORD);
                while (record.hasRemaining()) {
                    position += channel.write(record, position);
                }
                channel.force(false);
                acks++;
            }
            return new Rate(acks, System.nanoTime() - start, List.of());
        }
    }

    /** One process writes one key of {@code store} again and again. */
    static Rate store(Store store, Duration time) throws Exception {
        try (var node = Node.start()) {
            return node.run(() -> {
                try (var slot = store.open("wallet")) {
                    slot.write(state(0)); // the first write makes the file or the row: not timed
                    long acks = 0, start = System.nanoTime(), deadline = start + time.toNanos();
                    while (System.nanoTime() < deadline) {
                        slot.write(state(acks + 1));
                        acks++;
                    }
                    return new Rate(acks, System.nanoTime() - start, List.of());
                }
            });
        }
    }

    static Rate fileStore(Path folder, Duration time) throws Exception {
        return store(FileStore.in(folder), time);
    }

    static Rate sqlite(Path folder, Duration time) throws Exception {
        return store(SqlStore.sqlite(folder.resolve("store.db")), time);
    }

    /**
     * {@code writers} processes, released at once, each appending to its own stream of one
     * journal until the time is up; the clock stops when the last of them has its last answer.
     */
    static Rate journal(Path folder, int writers, Duration time) throws Exception {
        var counted = new ForceCount();
        try (var node = Node.start()) {
            return node.run(() -> {
                Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(counted.journal("journal", folder.resolve("bench.journal"))));
                var ready = new CountDownLatch(writers);
                var go = new CountDownLatch(1);
                var done = new CountDownLatch(writers);
                var acks = new LongAdder();
                var failed = new AtomicReference<Exception>();
                var deadline = new long[1]; // written before go opens, read after: the latch orders them
                for (int w = 0; w < writers; w++) {
                    String stream = "w%02d".formatted(w); // one width: records differ only by their numbers
                    Proc.spawn(() -> {
                        ready.countDown();
                        try {
                            go.await();
                            while (System.nanoTime() < deadline[0]) {
                                EventJournal.append("journal", stream, EVENT);
                                acks.increment();
                            }
                        } catch (Exception e) {
                            failed.compareAndSet(null, e);
                        } finally {
                            done.countDown();
                        }
                    });
                }
                ready.await();
                int forcesBefore = counted.forces().size(); // the journal's start forces its header
                long start = System.nanoTime();
                deadline[0] = start + time.toNanos();
                go.countDown();
                done.await();
                long nanos = System.nanoTime() - start;
                if (failed.get() != null) {
                    throw new IllegalStateException("a writer's append failed: " + failed.get(), failed.get());
                }
                var forces = counted.forces();
                return new Rate(acks.sum(), nanos, forces.subList(forcesBefore, forces.size()));
            });
        }
    }
}
