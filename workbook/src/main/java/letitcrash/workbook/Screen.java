package letitcrash.workbook;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Help.Ansi;

/**
 * What the learner sees: a progress bar, then the kata to work on, what fails in it and
 * the hints shown so far; or the list of every kata. Lines carry picocli's colour markup,
 * rendered for a terminal that takes colour and dropped for one that does not.
 */
final class Screen {

    private static final int BAR = 30;
    /** Lines of a failure's text shown, at most. */
    private static final int SHOWN = 12;

    private final Ansi ansi;

    Screen(Ansi ansi) {
        this.ansi = ansi;
    }

    /** The progress bar: always the first two lines. */
    List<String> header(Session session) {
        int total = session.catalog().katas().size();
        long done = session.done();
        int filled = total == 0 ? 0 : (int) (BAR * done / total);
        return List.of(ansi.string("@|bold Let It Crash, Keep the State|@"),
                ansi.string("@|green " + "█".repeat(filled) + "|@" + "░".repeat(BAR - filled)) + "  " + done + "/" + total + " katas done");
    }

    /**
     * The whole status screen for {@code kata} (or the first kata not done): the header,
     * the kata, then what the last run found. Code that does not compile or is refused
     * changes only that last part: the progress and the kata stay on screen.
     */
    List<String> status(Session session, Kata kata) {
        var lines = new ArrayList<>(top(session, kata));
        lines.addAll(body(session, kata));
        return lines;
    }

    /** The part of the status screen that always stays in sight: progress, the kata, the file. */
    List<String> top(Session session, Kata kata) {
        var lines = new ArrayList<>(header(session));
        lines.add("");
        session.progress().warning().ifPresent(w -> lines.add(ansi.string("@|yellow " + w + "|@")));
        if (kata != null) {
            lines.addAll(kataLines(kata));
            lines.add("");
        }
        return lines;
    }

    /** What the last run found: refused code, compile errors, or the kata's verdict and hints. */
    List<String> body(Session session, Kata kata) {
        var lines = new ArrayList<String>();
        var report = session.last();
        if (!report.refused().isEmpty()) {
            lines.add(ansi.string("@|red,bold The workbook will not run this code:|@"));
            report.refused().forEach(e -> lines.add("  " + e));
        } else if (!report.compileErrors().isEmpty()) {
            lines.add(ansi.string("@|red,bold Your code does not compile|@ (the katas did not run; your progress stays as it was):"));
            report.compileErrors().stream().limit(5).forEach(e -> e.lines().forEach(line -> lines.add("  " + line)));
        } else if (kata == null) {
            lines.add(ansi.string("@|green,bold Every kata is done.|@ Walkthroughs: ./learn solution N.M"));
        } else {
            lines.addAll(verdict(session, kata));
            if (!report.passed(kata.id())) {
                lines.addAll(hints(session, kata));
            }
        }
        return lines;
    }

    /** Which kata, where to read about it, what to edit and what to do. */
    List<String> kataLines(Kata kata) {
        var lines = new ArrayList<String>();
        lines.add(ansi.string("@|bold Kata " + kata.id() + (kata.title() == null ? "" : ": " + kata.title()) + "|@"));
        lines.add("  Read:  " + kata.reading());
        kata.files().forEach(f -> lines.add("  Edit:  katas/src/main/java/" + f + "   (look for " + kata.todoMark() + ")"));
        lines.add("  To do: " + kata.todo());
        return lines;
    }

    private List<String> verdict(Session session, Kata kata) {
        var lines = new ArrayList<String>();
        var report = session.last();
        var results = report.of(kata.id());
        if (results.isEmpty()) {
            lines.add(session.notStarted(kata.id())
                    ? "  Not started: its methods are still the stub. Save a change to run its tests."
                    : "  Its tests have not run yet.");
            return lines;
        }
        long passed = results.stream().filter(KataRunner.TestResult::passed).count();
        if (report.passed(kata.id())) {
            lines.add(ansi.string("@|green,bold ✓ Kata " + kata.id() + " is done: all " + results.size() + " tests pass.|@"));
            // Naming the next kata shows which one a save elsewhere has just broken, if one has.
            lines.add(session.next(kata).map(next -> "  Next: kata " + next.id() + (next.title() == null ? "" : ", " + next.title())
                    + " (press n, watching, or run ./learn again).").orElse("  Every kata is done.")
                    + " The walkthrough: ./learn solution " + kata.id());
            return lines;
        }
        results.stream().filter(r -> !r.passed()).findFirst().ifPresent(failure -> {
            lines.add(ansi.string("@|red ✗ " + failure.test() + "|@"));
            failure(failure.message()).forEach(line -> lines.add("    " + line));
            if (!failure.crash().isEmpty()) {
                lines.add(ansi.string("  @|red A process of this test crashed before it failed:|@"));
                failure.crash().lines().forEach(line -> lines.add("    " + line));
            }
        });
        lines.add("  " + passed + " of " + results.size() + " tests pass");
        return lines;
    }

    /**
     * A failure's text, cut at {@link #SHOWN} lines with a line that says how many more there
     * are; a comparison ({@code expected ... but was: ...}, as an approval test's) is cut on
     * each side, so that what the code gave stays in sight.
     */
    static List<String> failure(String message) {
        var all = message.lines().toList();
        int butWas = all.indexOf("but was:");
        if (butWas <= 0 || all.size() <= SHOWN) {
            return cut(all, SHOWN);
        }
        var lines = new ArrayList<>(cut(all.subList(0, butWas), SHOWN / 2));
        lines.addAll(cut(all.subList(butWas, all.size()), SHOWN - SHOWN / 2));
        return lines;
    }

    private static List<String> cut(List<String> lines, int shown) {
        if (lines.size() <= shown) {
            return lines;
        }
        var kept = new ArrayList<>(lines.subList(0, shown - 1));
        kept.add("… and " + (lines.size() - shown + 1) + " more lines");
        return kept;
    }

    private List<String> hints(Session session, Kata kata) {
        var lines = new ArrayList<String>();
        int shown = session.progress().hintsShown(kata.id());
        for (int i = 0; i < Math.min(shown, kata.hints().size()); i++) {
            lines.add("");
            lines.add(ansi.string("@|yellow Hint " + (i + 1) + " of " + kata.hints().size() + ":|@ " + kata.hints().get(i)));
        }
        return lines;
    }

    /** Every kata, done or not, numbered for the list view. */
    List<String> list(Session session, Kata current) {
        var lines = new ArrayList<>(header(session));
        lines.add("");
        Chapter chapter = null;
        for (var kata : session.catalog().katas()) {
            if (kata.chapter() != null && !kata.chapter().equals(chapter)) {
                chapter = kata.chapter();
                lines.add(ansi.string("@|bold Chapter " + chapter.number() + ": " + chapter.title() + "|@"));
            }
            boolean done = session.passed(kata.id());
            String mark = done ? ansi.string("@|green ✓|@") : ansi.string("@|faint ·|@");
            String pointer = kata.equals(current) ? " ◀ current" : "";
            lines.add("  " + mark + " " + kata.id() + "  " + (kata.title() == null ? kata.todo() : kata.title()) + pointer);
        }
        return lines;
    }
}
