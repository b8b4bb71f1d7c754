package letitcrash.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.reporters.QuietReporter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every chapter ends with a box, "The same in iex": the lines of Elixir
 * ({@code chapters/chNN-slug/chNN-slug.iex}) that show the real BEAM doing what the chapter's
 * runtime does, with what {@code iex} printed for them
 * ({@code chNN-slug.iex.approved.txt}, beside the lines).
 *
 * <p>The box must be there, titled, before the chapter's summary, and include its approved
 * session. Where {@code iex} is on the PATH, the lines are run again in a fresh {@code iex},
 * in an empty folder, and what it prints must be the approved session, but for the bytes of a
 * module it compiles, which depend on the folder and are shown as {@code <<...>>}; a run that differs is
 * left in {@code chNN-slug.iex.received.txt}, to be read and, if it is right, renamed over the
 * approved file. Without {@code iex} (after waiting for the install {@code .ci/run} starts,
 * {@link BookTools}) the run is skipped, and the reason printed.
 */
class IexBoxesTest {

    static final String TITLE = ".The same in iex";
    static final String SUMMARY = "=== What we learned";

    /** A prompt of iex: {@code iex(3)> } for a new expression, {@code ...(3)> } for its next line. */
    private static final Pattern PROMPT = Pattern.compile("(?:iex|\\.\\.\\.)\\(\\d+\\)> ");

    /** The first bytes of a compiled module, as iex prints them: they change with the folder iex runs in. */
    private static final Pattern MODULE_BYTES = Pattern.compile("<<\\d+(?:,\\s+\\d+)*,\\s+\\.\\.\\.>>");

    @TempDir
    Path folder;

    @TestFactory
    @DisplayName("Each chapter has its box of iex lines, titled, before its summary")
    Stream<DynamicTest> eachChapterHasItsBox() throws IOException {
        var chapters = chapterFolders();
        assertThat(chapters).as("chapter folders under %s", ChapterScriptsTest.CHAPTERS).isNotEmpty();
        return chapters.stream().map(chapter -> DynamicTest.dynamicTest(chapter.getFileName().toString(),
                () -> hasItsBox(chapter)));
    }

    @TestFactory
    @DisplayName("Each chapter's iex lines print their approved session in a real iex")
    Stream<DynamicTest> eachSessionIsTheApprovedOne() throws IOException {
        return chapterFolders().stream().map(chapter -> DynamicTest.dynamicTest(chapter.getFileName().toString(),
                () -> printsItsApprovedSession(lines(chapter))));
    }

    static void hasItsBox(Path chapter) throws IOException {
        var name = chapter.getFileName().toString();
        var adoc = chapter.resolve(name + ".adoc");
        var text = Files.readAllLines(adoc, StandardCharsets.UTF_8);
        assertThat(lines(chapter)).as("%s: the box's lines, %s.iex", name, name).isRegularFile();
        var title = text.indexOf(TITLE);
        assertThat(title).as("%s.adoc: no box titled \"%s\" (a sidebar: the title line, then ****)", name,
                TITLE.substring(1)).isNotNegative();
        assertThat(text.get(title + 1)).as("%s.adoc, line %d: the box \"%s\" must be a sidebar, opened with ****",
                name, title + 2, TITLE.substring(1)).isEqualTo("****");
        var close = text.subList(title + 2, text.size()).indexOf("****") + title + 2;
        assertThat(close).as("%s.adoc, line %d: the box is never closed", name, title + 2).isGreaterThan(title + 1);
        var include = "include::{chapters}/" + name + "/" + name + ".iex.approved.txt[]";
        assertThat(text.subList(title, close)).as("%s.adoc, line %d: the box does not include its session", name,
                title + 1).contains(include);
        var summary = text.indexOf(SUMMARY);
        assertThat(summary).as("%s.adoc: the box (line %d) must come before the summary, \"%s\"", name, title + 1,
                SUMMARY).isGreaterThan(close);
    }

    private void printsItsApprovedSession(Path lines) throws Exception {
        var iex = onThePath("iex");
        if (iex.isEmpty()) {
            var installing = BookTools.awaitInstall();
            iex = onThePath("iex");
            if (iex.isEmpty()) {
                var why = "iex is not on the PATH" + (installing == null ? "" : " (" + installing + ")")
                        + ": the boxes' sessions are not run; install Elixir (apt-get install elixir; .ci/run does)";
                System.out.println(why);
                Assumptions.abort(why);
            }
        }
        var input = Files.readAllLines(lines, StandardCharsets.UTF_8);
        var output = run(iex.get(), lines);
        Approvals.verify(session(input, output), new Options()
                .withReporter(new QuietReporter())
                .forFile().withNamer(new BesideTheScript(lines)));
    }

    /** What iex printed, read with the lines typed in after each prompt, as a terminal would show it. */
    static String session(List<String> input, String output) {
        var prompts = new ArrayList<String>();
        var answers = new ArrayList<String>();
        var matcher = PROMPT.matcher(output);
        var end = -1;
        while (matcher.find()) {
            if (end >= 0) {
                answers.add(output.substring(end, matcher.start()));
            }
            prompts.add(matcher.group());
            end = matcher.end();
        }
        assertThat(prompts).as("iex printed %d prompts for %d lines (one a line, and one at the end):%n%s",
                prompts.size(), input.size(), output).hasSize(input.size() + 1);
        var session = new StringBuilder();
        for (int i = 0; i < input.size(); i++) {
            session.append(prompts.get(i)).append(input.get(i)).append('\n').append(answers.get(i));
        }
        return MODULE_BYTES.matcher(session).replaceAll("<<...>>");
    }

    private String run(Path iex, Path lines) throws IOException, InterruptedException {
        var process = new ProcessBuilder(iex.toString())
                .directory(folder.toFile())
                .redirectInput(lines.toFile())
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        // A guard against a line that never returns, not a measure: iex ends at the end of its input.
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("iex did not end on %s", lines).isTrue();
        return output;
    }

    static Optional<Path> onThePath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable)
                .findFirst();
    }

    static Path lines(Path chapter) {
        return chapter.resolve(chapter.getFileName() + ".iex");
    }

    static List<Path> chapterFolders() throws IOException {
        return ChapterScriptsTest.chapterScripts().stream().map(Path::getParent).toList();
    }
}
