package letitcrash.store;

import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * {@link Disk} on the machine's file system. Each call opens its own channel and closes it:
 * no channel is shared, so the interrupt that ends a process (which closes a channel it is
 * using) can only fail that process's own write.
 */
enum RealDisk implements Disk {
    INSTANCE;

    private static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");

    @Override
    public void write(Path file, byte[] bytes) throws IOException {
        try (var channel = FileChannel.open(file, CREATE, TRUNCATE_EXISTING, WRITE)) {
            var buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }
    }

    @Override
    public void force(Path file) throws IOException {
        try (var channel = FileChannel.open(file, WRITE)) {
            channel.force(true);
        }
    }

    @Override
    public void rename(Path from, Path to) throws IOException {
        Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** On Windows a folder cannot be opened to force it; NTFS journals its names itself. */
    @Override
    public void forceFolder(Path folder) throws IOException {
        if (WINDOWS) {
            return;
        }
        try (var channel = FileChannel.open(folder, READ)) {
            channel.force(true);
        }
    }

    @Override
    public Optional<byte[]> read(Path file) throws IOException {
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException absent) {
            return Optional.empty();
        }
    }

    @Override
    public void delete(Path file) throws IOException {
        Files.deleteIfExists(file);
    }
}
