package letitcrash.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import letitcrash.process.Proc;

/**
 * The one writer of a {@link FileStore} key: a fencing token for the slots of this JVM, and
 * an operating-system lock on the key's lock file against other JVMs.
 *
 * <p>Each open takes the next incarnation; a write checks, under the fence's lock and in the
 * same step as it writes, that its slot's incarnation is still the latest, so a write from
 * a slot fenced by a later open is refused by the store, not by a liveness check made
 * before it. An open waits on the same lock, so it never overlaps a write in flight: what
 * it then reads is what the last incarnation left.
 *
 * <p>The lock file is held from the first open in this JVM until the latest incarnation is
 * closed. A JVM that dies (a SIGKILL too) loses its locks with it, so the next JVM can open.
 */
final class Fence {

    /** One fence per lock file in this JVM: every slot of a key meets at the same one. */
    private static final ConcurrentHashMap<Path, Fence> FENCES = new ConcurrentHashMap<>();

    private final Path lockFile;
    private final ReentrantLock lock = new ReentrantLock();
    /** The latest incarnation: the only one whose writes are let through. Guarded by {@code lock}. */
    private long latest;
    /** Held while an incarnation is open, null otherwise. Guarded by {@code lock}. */
    private FileLock held;

    private Fence(Path lockFile) {
        this.lockFile = lockFile;
    }

    /** The fence of the key whose lock file is {@code lockFile}. */
    static Fence of(Path lockFile) {
        return FENCES.computeIfAbsent(lockFile.toAbsolutePath().normalize(), Fence::new);
    }

    /**
     * Runs {@code recover} (what the open reads), then takes the next incarnation, fencing
     * every earlier one; no write can run in between. If {@code recover} fails, nothing is
     * fenced, and a lock file taken for this open is let go again.
     *
     * @throws StoreFailed if another JVM holds the key
     */
    <T> Incarnation<T> take(Callable<T> recover) throws Exception {
        lock.lockInterruptibly();
        try {
            boolean locked = held == null;
            if (locked) {
                held = lockAgainstOtherJvms();
            }
            T read;
            try {
                read = recover.call();
            } catch (Exception | Error failed) { // an open that fails fences no one, and holds no lock
                if (locked) {
                    release();
                }
                throw failed;
            }
            latest++;
            return new Incarnation<>(latest, read);
        } finally {
            lock.unlock();
        }
    }

    /** The incarnation an open took, and what it read. */
    record Incarnation<T>(long number, T read) {}

    /** A write under the fence: the bytes written and forced, or a failure. */
    @FunctionalInterface
    interface Work {
        void run() throws Exception;
    }

    /**
     * Runs {@code write} as one of the calling process's runtime operations
     * ({@link Proc#perform}), if {@code incarnation} is still the latest one; refuses it
     * otherwise. The check and the write are one step: no open can come between them.
     */
    void write(long incarnation, String slot, Work write) throws Exception {
        Proc.perform(() -> {
            lock.lockInterruptibly();
            try {
                if (incarnation != latest || held == null) {
                    throw new WriteRefused("the write to " + slot + " is refused: " + (held == null
                            ? "the slot is closed (its process ended)"
                            : "a later open of the key has fenced it (incarnation " + incarnation + ", the latest is " + latest + ")"));
                }
                write.run();
                return null;
            } finally {
                lock.unlock();
            }
        });
    }

    /** Ends {@code incarnation}: if it is the latest, no one may write any more and the lock file is let go. */
    void close(long incarnation) {
        lock.lock();
        try {
            if (incarnation == latest && held != null) {
                latest++; // its own later writes are refused too
                release();
            }
        } finally {
            lock.unlock();
        }
    }

    private FileLock lockAgainstOtherJvms() throws IOException {
        var channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            var osLock = channel.tryLock();
            if (osLock == null) {
                throw new StoreFailed("the store key locked by " + lockFile + " is open in another JVM: one writer at a time");
            }
            return osLock;
        } catch (OverlappingFileLockException e) {
            channel.close();
            throw new StoreFailed("the lock " + lockFile + " is held in this JVM outside the store", e);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private void release() {
        try (var channel = held.channel()) {
            held.release();
        } catch (IOException e) {
            // The channel is closed, and the OS lets go of the lock with it: nothing is lost.
        } finally {
            held = null;
        }
    }
}
