package letitcrash.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import letitcrash.process.Node;
import org.approvaltests.Approvals;
import org.approvaltests.core.Options;
import org.approvaltests.reporters.QuietReporter;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every chapter's JShell script runs, as {@code jshell} would run it, against the reference
 * runtime, and its transcript is the approved one stored beside it
 * ({@code chapters/chNN-slug/chNN-slug.jsh.approved.txt}), which is what the book shows.
 *
 * <p>A script ends with its node still running, so that the reader can play at the prompt;
 * by convention it keeps that node in {@code node}, and the test closes it after the run.
 *
 * <p>A script that changes what it prints fails here and leaves
 * {@code chNN-slug.jsh.received.txt} beside the approved file; read it, and if it is right,
 * approve it by renaming it over the approved file (the failure prints the {@code mv}
 * command). No diff tool is opened.
 */
class ChapterScriptsTest {

    /** The chapters folder; Maven passes it, an IDE running from book/ finds it next door. */
    /** What the test runs after a script, outside its transcript: the script leaves its node running. */
    static final List<String> EPILOGUE = List.of("node.close();");

    static final Path CHAPTERS = Path.of(System.getProperty("book.chapters", "../chapters")).toAbsolutePath().normalize();
    /** The book's own sources: index.adoc and the appendices. */
    static final Path ASCIIDOC = CHAPTERS.resolveSibling("book/src/docs/asciidoc");

    @TestFactory
    @DisplayName("Each chapter's JShell script prints its approved transcript")
    Stream<DynamicTest> eachChapterScriptPrintsItsApprovedTranscript() throws IOException {
        var scripts = chapterScripts();
        assertThat(scripts).as("chapter scripts (chNN-slug/chNN-slug.jsh) under %s", CHAPTERS).isNotEmpty();
        return scripts.stream().map(script -> DynamicTest.dynamicTest(
                script.getFileName().toString(), script.toUri(), () -> printsItsApprovedTranscript(script)));
    }

    private static void printsItsApprovedTranscript(Path script) throws IOException {
        var before = LiveThreads.now();

        var transcript = JShellTranscript.run(Files.readString(script, StandardCharsets.UTF_8), referenceRuntime(), EPILOGUE);

        assertThat(before.startedSinceAndRunning().values())
                .as("threads %s left running: close every node it starts", script.getFileName())
                .isEmpty();
        Approvals.verify(transcript, new Options()
                .withReporter(new QuietReporter())
                .forFile().withNamer(new BesideTheScript(script)));
    }

    /** chNN-slug/chNN-slug.jsh for every chapter folder, in chapter order. */
    static List<Path> chapterScripts() throws IOException {
        if (!Files.isDirectory(CHAPTERS)) {
            return List.of();
        }
        try (var folders = Files.list(CHAPTERS)) {
            return folders.filter(folder -> folder.getFileName().toString().matches("ch\\d\\d-.+"))
                    .map(folder -> folder.resolve(folder.getFileName() + ".jsh"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        }
    }

    /** Where the reference runtime's classes are: what {@code jshell --class-path} would name. */
    private static String referenceRuntime() {
        try {
            return Path.of(Node.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
