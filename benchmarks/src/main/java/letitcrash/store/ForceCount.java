package letitcrash.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import letitcrash.supervisor.ChildSpec;

/**
 * An {@link EventJournal} that counts its forces, the time they take and the bytes each
 * makes durable, for the storage benchmark: acknowledged appends per force is what group
 * commit buys, and the time of a force is what bounds it. The journal forces exactly as
 * {@link EventJournal#spec(String, Path)}'s does ({@code channel.force(false)}); only the
 * bookkeeping is added around it.
 *
 * <p>It lives in the store's package, in the benchmarks module, because the journal takes
 * its forcer only through a package-private factory, which the store's tests use too: the
 * runtime's public API is left as it is for a harness.
 */
public final class ForceCount {

    /** One force: how long it took, and how many bytes the file had grown by since the one before. */
    public record Force(long nanos, long bytes) {}

    /** Appended by the journal's process only; read by the harness under the same lock. */
    private final List<Force> forces = new ArrayList<>();
    /** The file's size at the last force; the journal's process only. */
    private long forcedSize;

    /** A permanent worker: the journal in {@code file}, registered as {@code name}, its forces counted here. */
    public ChildSpec journal(String name, Path file) {
        return EventJournal.spec(name, file, channel -> {
            long start = System.nanoTime();
            channel.force(false);
            long nanos = System.nanoTime() - start;
            long size = channel.size();
            synchronized (forces) {
                forces.add(new Force(nanos, size - forcedSize));
            }
            forcedSize = size;
        });
    }

    /** The forces made so far, oldest first. */
    public List<Force> forces() {
        synchronized (forces) {
            return List.copyOf(forces);
        }
    }
}
