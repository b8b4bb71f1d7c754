package letitcrash.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import letitcrash.process.Pid;
import letitcrash.process.Proc;

/**
 * A {@link Store} in a folder: for each key, a file {@code key.state} that a write replaces
 * whole, through a temporary file {@code key.state.tmp}: write it, force it, rename it over
 * the old one, force the folder. A crash at any moment leaves the old value or the new one,
 * never a mix; once a write returns, the new one is durable.
 *
 * <p>Opening a key recovers it: a temporary file left by a write that crashed is deleted (that
 * write was never acknowledged), and the state file is read and checked ({@link StateFile}).
 * A file that does not check is refused with a message naming it, and left as it is.
 *
 * <p>One writer per key: see {@link Fence}.
 */
public final class FileStore implements Store {

    private final Path folder;
    private final Disk disk;

    private FileStore(Path folder, Disk disk) {
        this.folder = folder;
        this.disk = disk;
    }

    /** A store in {@code folder}, on the machine's disk; the folder is made if it is not there. */
    public static FileStore in(Path folder) {
        return on(folder, Disk.real());
    }

    /** A store in {@code folder} on {@code disk}: a test's disk, which can crash. */
    public static FileStore on(Path folder, Disk disk) {
        return new FileStore(folder, disk);
    }

    /** The folder the files are in. */
    public Path folder() {
        return folder;
    }

    @Override
    public Slot open(String key) throws Exception {
        Store.checkedKey(key);
        Path file = folder.resolve(key + ".state");
        Path temp = folder.resolve(key + ".state.tmp");
        return Proc.perform(() -> {
            Files.createDirectories(folder);
            var fence = Fence.of(folder.resolve(key + ".lock"));
            var taken = fence.take(() -> recover(file, temp));
            return Proc.own(new FileSlot(key, file, temp, fence, taken.number(), taken.read()));
        });
    }

    /** What {@code file} holds, once a write that crashed before its rename is cleared away. */
    private Optional<String> recover(Path file, Path temp) throws Exception {
        disk.delete(temp);
        return disk.read(file).map(bytes -> StateFile.decode(file, bytes));
    }

    @Override
    public String toString() {
        return "FileStore[" + folder + "]";
    }

    /** One key, opened by one process. */
    private final class FileSlot implements Slot {
        private final String key;
        private final Path file;
        private final Path temp;
        private final Fence fence;
        private final long incarnation;
        private final Pid owner = Proc.self();
        /** The value last stored; read and written only by the owner. */
        private Optional<String> value;

        FileSlot(String key, Path file, Path temp, Fence fence, long incarnation, Optional<String> value) {
            this.key = key;
            this.file = file;
            this.temp = temp;
            this.fence = fence;
            this.incarnation = incarnation;
            this.value = value;
        }

        @Override
        public String key() {
            return key;
        }

        @Override
        public Optional<String> read() {
            return value;
        }

        @Override
        public void write(String value) throws Exception {
            Writer.check(this, owner, value);
            byte[] bytes = StateFile.encode(value);
            fence.write(incarnation, toString(), () -> replace(bytes));
            this.value = Optional.of(value);
        }

        // tag::file-store-replace[]
        /** Replaces the key's file with {@code bytes}, so that a crash leaves the old file or the new one. */
        private void replace(byte[] bytes) throws Exception {
            // region kata 9.2: Replace the file so that a crash at any moment leaves the old value or the new one, and the new one is durable once this returns.
            disk.write(temp, bytes);
            disk.force(temp);
            disk.rename(temp, file);
            disk.forceFolder(folder);
            // endregion
        }
        // end::file-store-replace[]

        @Override
        public void close() {
            fence.close(incarnation);
        }

        @Override
        public String toString() {
            return "the slot " + key + " of " + FileStore.this + " (incarnation " + incarnation + ", opened by " + owner + ")";
        }
    }
}
