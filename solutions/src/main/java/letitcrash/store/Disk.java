package letitcrash.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file operations a {@link FileStore} makes, as one small interface, so that a test can
 * put a disk that loses whatever was not forced in place of the real one ({@link #real()}).
 * What a crash keeps is the point of chapter 9: a file's bytes are durable only once the file
 * is forced, and a file's name (a create, a rename) only once its folder is forced.
 */
public interface Disk {

    /** Creates {@code file}, or empties it, and writes {@code bytes} into it: not durable yet. */
    void write(Path file, byte[] bytes) throws IOException;

    /** Makes the bytes of {@code file} durable (fsync). */
    void force(Path file) throws IOException;

    /** Renames {@code from} to {@code to} in one step, replacing {@code to}: not durable until the folder is forced. */
    void rename(Path from, Path to) throws IOException;

    /** Makes the names in {@code folder} durable: the files created, renamed and deleted in it. */
    void forceFolder(Path folder) throws IOException;

    /** The bytes of {@code file}, or empty if there is no such file. */
    Optional<byte[]> read(Path file) throws IOException;

    /** Deletes {@code file} if it is there. */
    void delete(Path file) throws IOException;

    /** The machine's own disk, through {@link java.nio.file.Files} and {@link java.nio.channels.FileChannel}. */
    static Disk real() {
        return RealDisk.INSTANCE;
    }
}
