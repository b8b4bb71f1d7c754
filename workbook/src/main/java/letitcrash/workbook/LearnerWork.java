package letitcrash.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The learner's work in {@code katas/src/main/java}, seen by what a stub is: every kata
 * region of a stub ends in a throw that names its kata. A file that has fewer of a kata's
 * throws than its stub holds the learner's work on that kata; a file with no solution and
 * no TODO is one the learner wrote. Commands that write stubs find that work first, and
 * either refuse or copy it to {@code .learn-backup/} before they write.
 */
final class LearnerWork {

    /** The folder, at the top of the checkout, that keeps copies of overwritten files. */
    static final String BACKUPS = ".learn-backup";

    /** A stub file with learner work in it, relative to {@code katas/src/main/java}, and why we think so. */
    record Edited(String file, String why) {

        String shown() {
            return "katas/src/main/java/" + file + " (" + why + ")";
        }
    }

    private static final Pattern STUB_THROW = Pattern.compile("\"" + KataMarks.NOT_DONE_TEXT.pattern());

    private LearnerWork() {}

    /**
     * The files that writing {@code stubs} (file to its new text; a file missing from it is
     * deleted) over {@code katas/src/main/java} would lose learner work in.
     */
    static List<Edited> atRisk(Repo repo, Map<String, String> stubs) {
        var edited = new ArrayList<Edited>();
        Repo.javaSources(repo.stubs()).forEach((file, mine) -> {
            String stub = stubs.get(file);
            if (stub == null && !mine.contains(KataMarks.TODO)) {
                edited.add(new Edited(file, "a file of yours: no solution has it, so it would be deleted"));
            } else if (stub != null && !stub.equals(mine)) {
                var done = katasWorkedOn(stub, mine);
                if (!done.isEmpty()) {
                    edited.add(new Edited(file, "your work on kata " + String.join(", ", done)));
                }
            }
        });
        return edited;
    }

    /**
     * Whether {@code kata} is not started: in each of its files, every method that holds its
     * TODO is exactly as the stub ({@code stubs}, by file) has it. Its tests can only hit the
     * stub, so the tool need not run them. Code that does not parse counts as started.
     */
    static boolean notStarted(Kata kata, Map<String, String> stubs, Map<String, String> mine) {
        for (String file : kata.files()) {
            if (stubs.get(file) == null || mine.get(file) == null) {
                return false;
            }
            // A checkout with Windows line endings has them in the learner's file, and in part of the generated stub.
            String stub = stubs.get(file).replace("\r\n", "\n");
            String code = mine.get(file).replace("\r\n", "\n");
            if (stub.equals(code)) {
                continue;
            }
            // A stub throw gone is work begun; only a file that still has them all needs parsing.
            if (count(code, kata.id()) < count(stub, kata.id()) || !sameBodies(stub, code, kata.todoMark())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameBodies(String stub, String code, String todo) {
        try {
            var stubBodies = MethodBodies.of(stub);
            var codeBodies = MethodBodies.of(code);
            var holding = stubBodies.entrySet().stream().filter(body -> text(stub, body.getValue()).contains(todo)).toList();
            // A TODO outside every method body (in an initializer) cannot be compared: take it as started.
            return !holding.isEmpty() && holding.stream().allMatch(body -> codeBodies.containsKey(body.getKey())
                    && text(stub, body.getValue()).equals(text(code, codeBodies.get(body.getKey()))));
        } catch (IllegalArgumentException doesNotParse) {
            return false;
        }
    }

    private static String text(String source, MethodBodies.Span body) {
        return source.substring(body.start(), body.end());
    }

    /** The katas whose stub throws {@code stub} has and {@code mine} lacks. */
    private static TreeSet<String> katasWorkedOn(String stub, String mine) {
        var katas = new TreeSet<>(Kata.ORDER);
        for (String kata : throwsIn(stub)) {
            if (count(mine, kata) < count(stub, kata)) {
                katas.add(kata);
            }
        }
        return katas;
    }

    private static TreeSet<String> throwsIn(String source) {
        var katas = new TreeSet<>(Kata.ORDER);
        STUB_THROW.matcher(source).results().forEach(m -> katas.add(m.group(1)));
        return katas;
    }

    private static long count(String source, String kata) {
        return STUB_THROW.matcher(source).results().filter(m -> m.group(1).equals(kata)).count();
    }

    /**
     * Copies {@code files} (relative to {@code katas/src/main/java}; missing ones are
     * skipped) to a new folder under {@code .learn-backup/}, named for the time.
     *
     * @return the backup folder, relative to the checkout, such as {@code .learn-backup/2026-11-30_17-45-12}
     */
    static String backUp(Repo repo, Collection<String> files) {
        String name = BACKUPS + "/" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss-SSS"));
        try {
            for (String file : files) {
                Path from = repo.stubs().resolve(file);
                if (Files.isRegularFile(from)) {
                    Path to = repo.root().resolve(name).resolve("katas/src/main/java").resolve(file);
                    Files.createDirectories(to.getParent());
                    Files.copy(from, to);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy your code to " + repo.root().resolve(name) + ", so nothing was changed", e);
        }
        return name;
    }
}
