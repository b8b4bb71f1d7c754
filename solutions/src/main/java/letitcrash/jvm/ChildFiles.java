package letitcrash.jvm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a child JVM writes to disk, in a folder of its own that its parent deletes: its
 * standard error, and its temporary files. Standard error goes to a file, which never fills
 * up and blocks the child the way an unread pipe does, and its end is where a failed child
 * says why (a missing class, an exception in its main), so every {@link ChildFailed} quotes
 * it. The child's {@code java.io.tmpdir} is the folder too: a JVM killed with SIGKILL
 * cannot delete its own temporary files, and SQLite's driver unpacks its native library
 * (about 1 MB) there at every start.
 */
final class ChildFiles {

    private static final int TAIL_LINES = 20;

    private final Path folder;

    private ChildFiles(Path folder) {
        this.folder = folder;
    }

    static ChildFiles create() {
        try {
            var folder = Files.createTempDirectory("child-jvm-");
            Files.createDirectory(folder.resolve("tmp"));
            return new ChildFiles(folder);
        } catch (IOException e) {
            throw new ChildFailed("could not make a folder for a child JVM's files: " + e.getMessage(), e);
        }
    }

    /** Where the child writes its standard error. */
    Path errors() {
        return folder.resolve("stderr");
    }

    /** The child's {@code java.io.tmpdir}. */
    Path temporary() {
        return folder.resolve("tmp");
    }

    /** The last lines the child wrote to its standard error, as lines to end a message with. */
    String tail() {
        try {
            var lines = Files.exists(errors()) ? Files.readAllLines(errors(), StandardCharsets.UTF_8) : List.<String>of();
            var tail = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
            return tail.isEmpty() ? "\n  (its standard error is empty)"
                    : "\n  its standard error ends with:\n    " + String.join("\n    ", tail);
        } catch (IOException | UncheckedIOException e) {
            return "\n  (its standard error could not be read: " + e + ")";
        }
    }

    @Override
    public String toString() {
        return folder.toString();
    }

    /** Deletes the folder and everything in it: once the child's process is gone. */
    void delete() {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + folder + ", a child JVM's files", e);
        }
    }
}
