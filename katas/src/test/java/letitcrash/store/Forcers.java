package letitcrash.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import letitcrash.supervisor.ChildSpec;

/**
 * Test support for chapter 10: forcers a journal can be started with, to count its forces,
 * hold one until the test lets it go, or fail the next one (a disk that gives out).
 */
public final class Forcers {

    private Forcers() {}

    /** A journal registered as {@code name} in {@code file}, forcing through {@code forcer}: for tests in other packages. */
    public static ChildSpec journal(String name, Path file, Counting forcer) {
        return EventJournal.spec(name, file, forcer);
    }

    /** Forces for real, counts each force, can hold the next one until {@link #release}, and can fail the next one. */
    public static final class Counting implements EventJournal.Forcer {
        private final AtomicInteger forces = new AtomicInteger();
        private final AtomicInteger forced = new AtomicInteger();
        private volatile boolean holdNext;
        private volatile CountDownLatch gate = new CountDownLatch(0);
        private volatile CountDownLatch held = new CountDownLatch(1);
        private volatile boolean failNext;

        @Override
        public void force(FileChannel channel) throws IOException {
            forces.incrementAndGet();
            if (failNext) {
                failNext = false;
                throw new IOException("the disk gave out (a test's forcer)");
            }
            if (holdNext) {
                holdNext = false;
                held.countDown();
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while held", e);
                }
            }
            channel.force(false);
            forced.incrementAndGet();
        }

        /** How many forces there have been. */
        public int forces() {
            return forces.get();
        }

        /** How many forces have ended with the data on the disk. */
        public int forced() {
            return forced.get();
        }

        /** The next force waits until {@link #release}; returns the latch counted down once it waits. */
        public CountDownLatch holdNext() {
            held = new CountDownLatch(1);
            gate = new CountDownLatch(1);
            holdNext = true;
            return held;
        }

        /** Lets a held force go on. */
        public void release() {
            gate.countDown();
        }

        /** The next force throws, as a disk that gave out would. */
        public void failNext() {
            failNext = true;
        }
    }
}
