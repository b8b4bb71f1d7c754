package letitcrash.store;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A disk in memory that a test can cut the power of, and that then keeps only what was
 * forced, as a real disk does (the model of "All File Systems Are Not Created Equal",
 * Pillai et al., OSDI 2014, at its simplest):
 * <ul>
 * <li>bytes written to a file are durable once the file is forced; a file with bytes
 *     written since its last force comes back torn, with the first half of them;
 * <li>a name (a file created, renamed or deleted) is durable once its folder is forced;
 *     until then a crash brings back the names the folder had at its last force.
 * </ul>
 * {@link #cutAfter} cuts the power after that many more operations: the next one, and every
 * one after it, throws {@link PowerCut}. {@link #afterCrash} is the disk as a restart finds it.
 * Every operation is logged, so a failure can say where the power went.
 *
 * <p>One thread at a time: the store's writes to one key are serialised by its fence.
 */
final class CrashingDisk implements Disk {

    /** The power went: nothing more is written. An error, so no {@code catch (Exception e)} carries on past it. */
    static final class PowerCut extends Error {
        PowerCut(String operation) {
            super("the power was cut before: " + operation);
        }
    }

    /** A file's contents: what a reader sees, and what a crash keeps. */
    private static final class Inode {
        byte[] written;
        byte[] durable;

        Inode(byte[] bytes, boolean forced) {
            written = bytes;
            durable = forced ? bytes : null;
        }

        /** What a crash leaves of it: the forced bytes, or a torn half of the unforced ones. */
        byte[] afterCrash() {
            return written == durable ? durable : Arrays.copyOf(written, written.length / 2);
        }
    }

    /** The names a reader sees. */
    private final Map<Path, Inode> names = new HashMap<>();
    /** The names a crash keeps: each folder's names as of its last force. */
    private final Map<Path, Inode> durableNames = new HashMap<>();
    private final List<String> log = new ArrayList<>();
    private long operationsLeft = Long.MAX_VALUE;

    /** Puts a file on the disk as if it had been written, forced and its folder forced long ago. */
    void stored(Path file, byte[] bytes) {
        var inode = new Inode(bytes, true);
        names.put(file, inode);
        durableNames.put(file, inode);
    }

    /** Cuts the power after {@code operations} more operations. */
    void cutAfter(long operations) {
        operationsLeft = operations;
    }

    /** The operations done since the last {@link #clearLog}, in order, and where the power went. */
    List<String> log() {
        return List.copyOf(log);
    }

    void clearLog() {
        log.clear();
    }

    /** The files a reader sees now. */
    List<Path> files() {
        return names.keySet().stream().sorted().toList();
    }

    /** The disk a restart finds: the durable names, each with what the crash left of its bytes. */
    CrashingDisk afterCrash() {
        var restarted = new CrashingDisk();
        var kept = new HashMap<Inode, Inode>(); // two names of one file stay one file
        durableNames.forEach((name, inode) -> {
            var copy = kept.computeIfAbsent(inode, old -> new Inode(old.afterCrash(), true));
            restarted.names.put(name, copy);
            restarted.durableNames.put(name, copy);
        });
        return restarted;
    }

    @Override
    public void write(Path file, byte[] bytes) {
        operation("write " + file.getFileName() + " (" + bytes.length + " bytes)");
        var inode = names.get(file);
        if (inode == null) {
            names.put(file, new Inode(bytes.clone(), false));
        } else {
            inode.written = bytes.clone();
        }
    }

    @Override
    public void force(Path file) throws IOException {
        operation("force " + file.getFileName());
        var inode = existing(file);
        inode.durable = inode.written;
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
        operation("rename " + from.getFileName() + " to " + to.getFileName());
        names.put(to, existing(from));
        names.remove(from);
    }

    @Override
    public void forceFolder(Path folder) {
        operation("force the folder " + folder.getFileName());
        durableNames.keySet().removeIf(name -> folder.equals(name.getParent()));
        names.forEach((name, inode) -> {
            if (folder.equals(name.getParent())) {
                durableNames.put(name, inode);
            }
        });
    }

    @Override
    public Optional<byte[]> read(Path file) {
        operation("read " + file.getFileName());
        return Optional.ofNullable(names.get(file)).map(inode -> inode.written.clone());
    }

    @Override
    public void delete(Path file) {
        operation("delete " + file.getFileName());
        names.remove(file);
    }

    private Inode existing(Path file) throws NoSuchFileException {
        var inode = names.get(file);
        if (inode == null) {
            throw new NoSuchFileException(file.toString());
        }
        return inode;
    }

    private void operation(String what) {
        if (operationsLeft <= 0) {
            log.add("power cut before: " + what);
            throw new PowerCut(what);
        }
        operationsLeft--;
        log.add(what);
    }
}
