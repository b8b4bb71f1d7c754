package letitcrash.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A plausible wrong solution a learner might write, kept beside its kata so that the
 * contract can prove the kata's tests catch it. It lives in the chapter's {@code wrong}
 * folder, named for its kata and its mistake, {@code kata-1.1-take-keeps-the-lock.java},
 * and reads:
 *
 * <pre>{@code
 * // take(): returns with the mailbox lock still held.
 * lock.lock();
 * ...the code that takes the place of the kata's region in take()...
 * }</pre>
 *
 * <p>The region is named by its kata and the method it sits in, not by file or line, so a
 * wrong solution still finds its region when the code moves between files.
 *
 * <p>A mistake that only a later kata can show (a {@code put} that wakes one receiver,
 * wrong only once kata 1.3's receivers wait for different messages) ends its first line
 * with {@code (caught by kata 1.3)}: then the tests of both katas run, and a failure of
 * either catches it. Mostly the later kata is of the same chapter; one of a later chapter
 * (a group restart's failed start, left down, which only kata 5.3's try-again can show)
 * should say in the lines after its header why its own kata cannot catch it.
 *
 * @param shown the file as a maintainer finds it: {@code chapters/ch01-.../wrong/kata-1.1-....java}
 * @param kata the kata whose region it replaces
 * @param method the name of the method that holds the region
 * @param mistake the mistake, in words
 * @param body the code that replaces the region
 * @param caughtBy the later kata whose tests show the mistake too, or empty
 */
record WrongSolution(String shown, String kata, String method, String mistake, String body, Optional<String> caughtBy) {

    /** The folder of a chapter that holds its katas' wrong solutions. */
    static final String FOLDER = "wrong";

    private static final Pattern NAME = Pattern.compile(KataMarks.tag("(\\d+\\.\\d+)") + "-[a-z0-9]+(-[a-z0-9]+)*\\.java");
    private static final Pattern HEADER = Pattern.compile("//\\s*(\\w+)\\(\\):\\s*(\\S.*?)\\s*");
    private static final Pattern CAUGHT_BY = Pattern.compile("\\(caught by kata (\\d+\\.\\d+)\\)\\.?$");

    /** The wrong solutions in {@code chapter}'s folder; a file that is not one adds a line to {@code problems}. */
    static List<WrongSolution> in(Chapter chapter, List<String> problems) {
        Path dir = chapter.dir().resolve(FOLDER);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        var found = new ArrayList<WrongSolution>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String shown = "chapters/" + chapter.slug() + "/" + FOLDER + "/" + file.getFileName();
                read(file, shown).ifPresentOrElse(found::add, () -> problems.add(shown
                        + ": not a wrong solution; name it kata-N.M-short-name.java and begin it with"
                        + " '// method(): the mistake', then the code that replaces the kata's region in that method"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the wrong solutions in " + dir, e);
        }
        return found;
    }

    private static Optional<WrongSolution> read(Path file, String shown) throws IOException {
        Matcher name = NAME.matcher(file.getFileName().toString());
        if (!name.matches() || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String text = Files.readString(file);
        int newline = text.indexOf('\n');
        Matcher header = HEADER.matcher(newline < 0 ? text : text.substring(0, newline));
        String body = newline < 0 ? "" : text.substring(newline + 1).stripTrailing();
        if (!header.matches() || body.isBlank()) {
            return Optional.empty();
        }
        var caughtBy = CAUGHT_BY.matcher(header.group(2)).results().map(m -> m.group(1)).findFirst();
        return Optional.of(new WrongSolution(shown, name.group(1), header.group(1), header.group(2), body, caughtBy));
    }

    /** The katas whose tests must catch it: its own, and the later one it names, if any. */
    List<String> katas() {
        return caughtBy.map(later -> List.of(kata, later)).orElse(List.of(kata));
    }

    /** The body indented as the region it replaces, so compile errors point at readable code. */
    String indentedBy(String indent) {
        return body.lines().map(line -> line.isBlank() ? "" : indent + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
