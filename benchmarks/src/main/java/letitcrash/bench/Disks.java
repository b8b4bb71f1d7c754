package letitcrash.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;

/** Which disk and file system a folder is on: the one thing every figure of the storage benchmark depends on. */
final class Disks {

    private Disks() {}

    /**
     * The folder, its file store's name and type (the device and {@code ext4}, say), and on
     * Linux the mount it is under, with its options, from {@code /proc/mounts}.
     */
    static String describe(Path folder) throws Exception {
        var real = folder.toRealPath();
        var store = Files.getFileStore(real);
        return "disk: " + real + " on " + store.name() + ", " + store.type()
                + mount(real).map(line -> " (/proc/mounts: " + line + ")").orElse("");
    }

    /** The line of /proc/mounts whose mount point is the longest that holds {@code path}. */
    private static Optional<String> mount(Path path) throws Exception {
        var mounts = Path.of("/proc/mounts");
        if (!Files.isReadable(mounts)) {
            return Optional.empty();
        }
        return Files.readAllLines(mounts).stream()
                .filter(line -> line.split(" ").length > 3 && path.startsWith(unescaped(line.split(" ")[1])))
                .max(Comparator.comparingInt(line -> unescaped(line.split(" ")[1]).length()));
    }

    /** A mount point as /proc/mounts writes it, with a space as {@code \040}. */
    private static String unescaped(String field) {
        return field.replace("\\040", " ").replace("\\011", "\t").replace("\\134", "\\");
    }
}
