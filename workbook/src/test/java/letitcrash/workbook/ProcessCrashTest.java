package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Help.Ansi;

/**
 * A mistake that crashes a process the test started, and not the test itself: the test fails
 * only with what it waited for, and the screen shows under it the process's own crash, with the
 * line of the learner's code that threw it.
 */
class ProcessCrashTest {

    private static final Path CHECKOUT = Path.of(System.getProperty("workbook.root", "..")).toAbsolutePath().normalize();
    private static final String RESTART = "letitcrash/supervisor/Restart.java";

    @TempDir
    Path root;

    @Test
    void aFailedTestShowsTheCrashOfItsProcessAtTheLearnersLine() throws Exception {
        WatchBenchmark.copyTree(CHECKOUT, root);
        var repo = new Repo(root);
        WatchBenchmark.solveChaptersUpTo(repo, 4);
        // The supervisor's own process asks this for every child that ends: a clean end is no Crash.
        var restart = repo.stubs().resolve(RESTART);
        String solved = Files.readString(restart);
        String mistake = "case TRANSIENT -> ((ExitReason.Crash) reason).error() != null;";
        Files.writeString(restart, solved.replace("case TRANSIENT -> !reason.isClean();", mistake));
        int line = Files.readAllLines(restart).indexOf("            " + mistake) + 1;
        assertThat(line).as("the mistake's line in " + RESTART).isPositive();

        try (var session = new Session(repo)) {
            // Kata 4.2 asks through a supervisor, so the mistake throws in the supervisor's process (4.1's own test asks restartsAfter directly).
            var report = session.run(List.of("4.2"), null);
            var results = report.results();
            assertThat(results).as("the tests of kata 4.2").isNotEmpty();
            assertThat(results).filteredOn(KataRunner.TestResult::passed).allMatch(r -> r.crash().isEmpty());
            var failed = results.stream().filter(r -> !r.passed()).toList();
            assertThat(failed).as("the tests the mistake fails").isNotEmpty();
            assertThat(failed).as("%s", failed).anySatisfy(r -> assertThat(r.crash().lines().toList())
                    .first().asString().startsWith("java.lang.ClassCastException"));
            assertThat(failed).anySatisfy(r -> assertThat(r.crash())
                    .contains("at Restart.restartsAfter(katas/src/main/java/" + RESTART + ":" + line + ")"));
            assertThat(failed).allSatisfy(r -> assertThat(r.crash().lines().count()).as("a few lines").isLessThanOrEqualTo(4));

            // The screen shows a kata's first failed test: the crash under it.
            var first = failed.getFirst();
            var shown = String.join("\n", new Screen(Ansi.OFF).status(session, session.catalog().kata(first.kata()).orElseThrow()));
            assertThat(shown).contains("✗ " + first.test(), "A process of this test crashed before it failed:",
                    "    java.lang.ClassCastException", RESTART + ":" + line + ")");
        }
    }
}
