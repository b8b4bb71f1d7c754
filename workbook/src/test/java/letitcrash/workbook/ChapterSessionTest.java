package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * What a learner sees after {@code ./learn jshell N}, in a real terminal (a tmux pane), is
 * the chapter's approved transcript, the one the book shows under its listings, to the
 * character; and each line that the transcript's "things to try" gives to type runs at the
 * live prompt that follows it, with no error. The book's own test
 * ({@code ChapterScriptsTest}) approves the transcript; this one holds the learner's screen to it.
 */
class ChapterSessionTest {

    private static final Path ROOT = Path.of(System.getProperty("workbook.root", "..")).toAbsolutePath().normalize();
    private static final String BANNER = """
            |  Welcome to JShell -- Version %s
            |  For an introduction type: /help intro

            """.formatted(System.getProperty("java.version"));
    private static final String PROMPT = "jshell>";
    /** A suggestion: a line of the printed "things to try" that shows what to type after a prompt. */
    private static final Pattern SUGGESTION = Pattern.compile("^\\s+jshell> (.+)$");

    @Test
    void eachChaptersSessionShowsItsTranscriptAndRunsEverySuggestion() throws Exception {
        assumeTrue(TmuxPane.available(), "tmux is needed to drive a real terminal (apt-get install tmux)");
        var chapters = chapters();
        assertThat(chapters).as("chapter scripts under %s", ROOT.resolve("chapters")).isNotEmpty();
        var panes = new ArrayList<TmuxPane>();
        var soft = new SoftAssertions();
        try {
            // The first session compiles the reference runtime for JShell (workbook/target/jshell), so
            // the second starts once it is checked. After that, the next session starts while one is
            // checked: two at a time, never a JShell per chapter at once (a doubled book has twelve).
            var numbers = List.copyOf(chapters.keySet());
            for (int i = 0; i < numbers.size(); i++) {
                if (panes.size() == i) {
                    panes.add(session(numbers.get(i)));
                }
                if (i > 0 && i + 1 < numbers.size()) {
                    panes.add(session(numbers.get(i + 1)));
                }
                check(soft, numbers.get(i), Files.readString(chapters.get(numbers.get(i))), panes.get(i));
                panes.get(i).close();
            }
        } finally {
            for (var pane : panes) {
                pane.close();
            }
        }
        soft.assertAll();
    }

    /** {@code ./learn jshell chapter}, started in a pane of its own. */
    private static TmuxPane session(int chapter) throws IOException, InterruptedException {
        return new TmuxPane(ROOT, 220, 50, List.of("jshell", Integer.toString(chapter)));
    }

    private static void check(SoftAssertions soft, int chapter, String approved, TmuxPane pane) throws Exception {
        var expected = normal(BANNER + shown(approved) + "\n\n" + PROMPT);
        var screen = normal(pane.historyWhen(s -> normal(s).endsWith(tail(expected))));
        soft.assertThat(screen).as("chapter %d: ./learn jshell %d against its approved transcript", chapter, chapter)
                .isEqualTo(expected);
        soft.assertThat(suggestions(approved)).as("chapter %d: lines to try at the end of its script", chapter).isNotEmpty();
        for (var suggestion : suggestions(approved)) {
            int prompts = count(screen);
            pane.line(suggestion);
            screen = normal(pane.historyWhen(s -> count(normal(s)) > prompts && normal(s).endsWith(PROMPT)));
            var answer = screen.substring(screen.lastIndexOf(PROMPT + " " + suggestion));
            soft.assertThat(answer).as("chapter %d: the suggestion %s at the live prompt", chapter, suggestion)
                    .doesNotContain("|  Error:", "|  Exception", "|  Caused by");
        }
        pane.line("/exit");
        soft.assertThat(pane.when(s -> s.contains("LEARN-EXITED"))).as("chapter %d: /exit", chapter).contains("LEARN-EXITED-0");
    }

    /** What the transcript shows a reader: the approved text without its tag lines. */
    private static String shown(String approved) {
        return approved.lines().filter(line -> !TypedScript.TAG_LINE.matcher(line).matches()).collect(Collectors.joining("\n")).stripTrailing();
    }

    /** The lines the transcript's "things to try" (its {@code try-it} tag) shows after a prompt, in order. */
    static List<String> suggestions(String approved) {
        var inside = false;
        var lines = new ArrayList<String>();
        for (var line : approved.lines().toList()) {
            if (line.equals("// tag::try-it[]") || line.equals("// end::try-it[]")) {
                inside = line.startsWith("// tag");
                continue;
            }
            var suggestion = SUGGESTION.matcher(line);
            if (inside && suggestion.matches()) {
                lines.add(suggestion.group(1).strip());
            }
        }
        return lines;
    }

    /** The screen as text to compare: no trailing spaces on a line, none at the end. */
    private static String normal(String screen) {
        return screen.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).stripTrailing();
    }

    private static String tail(String text) {
        var lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    private static int count(String screen) {
        return (int) screen.lines().filter(line -> line.startsWith(PROMPT)).count();
    }

    /** Each chapter's number and its approved transcript, in chapter order. */
    private static Map<Integer, Path> chapters() throws IOException {
        var chapters = new LinkedHashMap<Integer, Path>();
        try (var folders = Files.list(ROOT.resolve("chapters"))) {
            for (var folder : folders.sorted().toList()) {
                var name = folder.getFileName().toString();
                var approved = folder.resolve(name + ".jsh.approved.txt");
                if (name.matches("ch\\d\\d-.+") && Files.isRegularFile(approved)) {
                    chapters.put(Integer.parseInt(name.substring(2, 4)), approved);
                }
            }
        }
        return chapters;
    }
}
