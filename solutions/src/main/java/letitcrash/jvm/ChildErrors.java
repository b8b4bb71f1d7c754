package letitcrash.jvm;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A child JVM's standard error, kept in a temporary file: a file never fills up and blocks
 * the child the way an unread pipe does, and its end is where a failed child says why
 * (a missing class, an exception in its main), so every {@link ChildFailed} quotes it.
 */
final class ChildErrors {

    private static final int TAIL_LINES = 20;

    private final Path path;

    private ChildErrors(Path path) {
        this.path = path;
    }

    static ChildErrors create() {
        try {
            return new ChildErrors(Files.createTempFile("child-jvm-", ".stderr"));
        } catch (IOException e) {
            throw new ChildFailed("could not make a file for a child JVM's standard error: " + e.getMessage(), e);
        }
    }

    File file() {
        return path.toFile();
    }

    /** The last lines the child wrote, as lines to end a message with. */
    String tail() {
        try {
            var lines = Files.readAllLines(path, StandardCharsets.UTF_8);
            var tail = lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size());
            return tail.isEmpty() ? "\n  (its standard error is empty)"
                    : "\n  its standard error ends with:\n    " + String.join("\n    ", tail);
        } catch (IOException | UncheckedIOException e) {
            return "\n  (its standard error could not be read: " + e + ")";
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
