package letitcrash.workbook;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;

/**
 * The learner's progress, in a small git-ignored file at the top of the checkout,
 * {@code .learn-progress}: which katas are done and when, how many hints of each have been
 * shown, and the kata chosen to work on. Copy it with your kata code to carry on elsewhere.
 *
 * <p>A file that cannot be read is reported, set aside as {@code .learn-progress.unreadable}
 * and started afresh: nothing in it is worth stopping the learner for, and nothing is lost.
 */
final class ProgressFile {

    static final String NAME = ".learn-progress";

    private final Path file;
    private final Properties values = new Properties();
    private String warning;

    private ProgressFile(Path file) {
        this.file = file;
    }

    static ProgressFile load(Repo repo) {
        var progress = new ProgressFile(repo.root().resolve(NAME));
        if (Files.isRegularFile(progress.file)) {
            try (Reader in = Files.newBufferedReader(progress.file)) {
                progress.values.load(in);
            } catch (IOException | IllegalArgumentException unreadable) {
                progress.values.clear();
                progress.setAside(unreadable);
            }
        }
        return progress;
    }

    /** A message about the file, if it had to be set aside. */
    Optional<String> warning() {
        return Optional.ofNullable(warning);
    }

    boolean done(String kata) {
        return values.containsKey("done." + kata);
    }

    void markDone(String kata, boolean done) {
        if (done && !done(kata)) {
            values.setProperty("done." + kata, Instant.now().toString());
            save();
        } else if (!done && done(kata)) {
            values.remove("done." + kata);
            save();
        }
    }

    /** How many hints of {@code kata} the learner has seen: the first is always on show. */
    int hintsShown(String kata) {
        try {
            return Math.max(1, Integer.parseInt(values.getProperty("hints." + kata, "1")));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Shows one more hint of {@code kata} (at most {@code available}); returns how many are shown now. */
    int showNextHint(String kata, int available) {
        int shown = Math.min(available, hintsShown(kata) + 1);
        values.setProperty("hints." + kata, Integer.toString(shown));
        save();
        return shown;
    }

    Optional<String> current() {
        return Optional.ofNullable(values.getProperty("current"));
    }

    void current(String kata) {
        values.setProperty("current", kata);
        save();
    }

    void forget(String kata) {
        values.remove("done." + kata);
        values.remove("hints." + kata);
        save();
    }

    private void save() {
        try (Writer out = Files.newBufferedWriter(file)) {
            values.store(out, "Your progress through the katas (./learn). Copy it with your kata code to carry on elsewhere.");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save your progress in " + file, e);
        }
    }

    private void setAside(Exception why) {
        var aside = file.resolveSibling(NAME + ".unreadable");
        try {
            Files.move(file, aside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            warning = "Your progress file could not be read (" + why.getMessage() + "); it is kept as " + aside.getFileName()
                    + " and a new one was started.";
        } catch (IOException e) {
            warning = "Your progress file could not be read (" + why.getMessage() + ") nor moved aside: " + e.getMessage();
        }
    }
}
