package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real book's katas with approval tests, every kata done, in one watch session of the
 * real tool in a real terminal: for each, a wrong solution from its chapter's {@code wrong/}
 * folder turns it red, and the correct one turns it green again, with every kata counted done.
 * (One worker JVM runs all of it: ApprovalTests' refusal of a second verify of one approved
 * file made each correct save after the first run fail.)
 */
class ApprovalKatasWatchTest {

    private static final Path CHECKOUT = Path.of(System.getProperty("workbook.root", "..")).toAbsolutePath().normalize();
    private static final Pattern KATA_TAG = Pattern.compile("@Tag\\(\"kata-(\\d+\\.\\d+)\"\\)");

    @TempDir
    Path root;

    @Test
    void aWrongThenTheCorrectSolutionOfEachApprovalKataTurnsRedThenGreen() throws Exception {
        assumeTrue(TmuxPane.available(), "tmux is needed to drive a real terminal (apt-get install tmux)");
        WatchBenchmark.copyTree(CHECKOUT, root);
        var repo = new Repo(root);
        WatchBenchmark.solveChaptersUpTo(repo, Integer.MAX_VALUE);
        var catalog = Catalog.read(repo);
        String allDone = catalog.katas().size() + "/" + catalog.katas().size() + " katas done";
        var solutions = Repo.javaSources(repo.solutions());
        var regions = KataRegion.of(solutions);
        var katas = approvalKatas(repo);
        assertThat(katas).as("katas with approval tests").contains("3.3", "4.2", "4.3", "6.2");

        // The limit this test JVM has: the wrong solutions that loop wait it out.
        try (var pane = new TmuxPane(root, 160, 60, "-Dworkbook.testLimit=" + Watchdog.LIMIT.toSeconds() + "s")) {
            pane.when(s -> s.contains("Watching for saves.") && s.contains(allDone));
            for (String kata : katas) {
                var wrong = WrongSolution.in(catalog.kata(kata).orElseThrow().chapter(), new ArrayList<>()).stream()
                        .filter(w -> w.kata().equals(kata) && w.caughtBy().isEmpty()) // one the kata's own tests catch
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("kata " + kata + " has approval tests but no wrong solution"
                                + " that its own tests catch, so this test cannot turn it red"));
                var region = regions.stream().filter(r -> r.kata().equals(kata) && r.method().equals(wrong.method()))
                        .findFirst().orElseThrow();
                pane.keys("l");
                pane.when(s -> s.contains("Jump to kata:"));
                pane.keys(kata, "Enter");
                pane.when(s -> s.contains("Now on kata " + kata + "."));

                save(repo, region.file(), region.replacedBy(solutions, wrong.indentedBy(region.region().indent())));
                assertThat(pane.when(s -> s.contains("✗ ") && s.contains("Kata " + kata)))
                        .as("kata %s with %s", kata, wrong.shown()).contains("Kata " + kata);

                save(repo, region.file(), solutions);
                // Waiting for the verdict itself: until the watch sees the save, the quiet screen is the wrong one's.
                assertThat(pane.when(s -> s.contains("✓ Kata " + kata + " is done") && s.contains("Watching for saves.")
                        && !s.contains("Checking")))
                        .as("kata %s solved again after %s", kata, wrong.shown())
                        .contains("✓ Kata " + kata + " is done", allDone);
            }
        }
        var progress = Files.readString(root.resolve(ProgressFile.NAME));
        catalog.katas().forEach(kata -> assertThat(progress).contains("done." + kata.id() + "="));
    }

    /** Writes {@code file} of {@code sources} into the learner's code, every kata in it solved. */
    private static void save(Repo repo, String file, Map<String, String> sources) throws IOException {
        Files.writeString(repo.stubs().resolve(file), StubGenerator.stub(file, sources.get(file), kata -> false));
    }

    /** The katas some approval test is tagged with, in order. */
    private static List<String> approvalKatas(Repo repo) {
        var katas = new TreeSet<String>((a, b) -> Catalog.chapterOf(a) != Catalog.chapterOf(b)
                ? Integer.compare(Catalog.chapterOf(a), Catalog.chapterOf(b)) : a.compareTo(b));
        Repo.javaSources(repo.tests()).values().stream().filter(source -> source.contains("Approved.verify"))
                .forEach(source -> KATA_TAG.matcher(source).results().forEach(tag -> katas.add(tag.group(1))));
        return List.copyOf(katas);
    }
}
