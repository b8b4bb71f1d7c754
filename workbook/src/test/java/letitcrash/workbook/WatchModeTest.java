package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watch mode as a person uses it: in a real terminal (a tmux pane), it shows the kata,
 * takes a key, sees a save and shows the new verdict, and quits on q. The test waits for
 * what the screen shows, with a generous guard against hanging; nothing is timed.
 */
class WatchModeTest {

    @TempDir
    Path root;

    @Test
    void showsTheKataTakesKeysAndAnswersASave() throws Exception {
        assumeTrue(TmuxPane.available(), "tmux is needed to drive a real terminal (apt-get install tmux)");
        TinyWorkbook.writeInto(root);
        new Contract(new Repo(root)).generate();
        try (var pane = new TmuxPane(root, 140, 50)) {
            assertThat(pane.when(s -> s.contains("Watching for saves."))).contains("0/1 katas done", "Kata 1.1: Adding up",
                    "✗ addsTwoNumbers()", "Hint 1 of 2: Java has an operator for this.").doesNotContain("Hint 2 of 2");

            pane.keys("h");
            assertThat(pane.when(s -> s.contains("Hint 2 of 2"))).contains("Hint 2 of 2: It is `+`.");

            TinyWorkbook.solve(root.resolve("katas/src/main/java/demo/Adder.java"), "1.1", "return a + b;");
            assertThat(pane.when(s -> s.contains("is done"))).contains("1/1 katas done", "✓ Kata 1.1 is done: all 1 tests pass.");

            pane.keys("q");
            assertThat(pane.when(s -> s.contains("LEARN-EXITED"))).contains("LEARN-EXITED-0");
        }
    }

    /** "Kept your code." answers the reset's question, and goes with the next save (a reset's outcome stays: SmallTerminalTest). */
    @Test
    void aResetsAnswerDoesNotOutstayTheNextSave() throws Exception {
        assumeTrue(TmuxPane.available(), "tmux is needed to drive a real terminal (apt-get install tmux)");
        TinyWorkbook.writeInto(root);
        new Contract(new Repo(root)).generate();
        var adder = root.resolve("katas/src/main/java/demo/Adder.java");
        try (var pane = new TmuxPane(root, 140, 50)) {
            pane.when(s -> s.contains("Watching for saves."));
            pane.keys("r");
            pane.when(s -> s.contains("Press y to reset"));
            pane.keys("k");
            pane.when(s -> s.contains("Kept your code."));

            TinyWorkbook.solve(adder, "1.1", "return a + b;");
            assertThat(pane.when(s -> s.contains("is done") && s.contains("Watching for saves."))).doesNotContain("Kept your code.");
        }
    }

    /** A hang in the current kata is not waited out once more for every other kata, which runs the same code. */
    @Test
    void aHangInTheCurrentKataIsNotWaitedOutForTheOthers() throws Exception {
        assumeTrue(TmuxPane.available(), "tmux is needed to drive a real terminal (apt-get install tmux)");
        var adder = TinyWorkbook.withTwoKatas(root);
        TinyWorkbook.solve(adder, "1.2", "return add(a, a);");
        try (var pane = new TmuxPane(root, 140, 50, "-Dworkbook.testLimit=2s")) {
            pane.when(s -> s.contains("Watching for saves."));
            TinyWorkbook.solve(adder, "1.1", "while (true) { Thread.onSpinWait(); }");
            assertThat(pane.when(s -> s.contains("still running after 2 s") && s.contains("Watching for saves.")))
                    .contains("The other katas are checked once kata 1.1 no longer hangs.").doesNotContain("checking the other katas");
        }
    }

    @Test
    void theNextKataNotStartedYetShowsItsFailingTest() throws Exception {
        // Kata 1.2 is not started, so the background check skipped it: moving to it runs it.
        movingToKataTwoShowsItsFailingTest("Watching for saves.");
    }

    @Test
    void aMoveBeforeTheChecksReachTheKataStillShowsItsFailingTest() throws Exception {
        // Most likely while kata 1.1 is still being checked: the check that follows runs kata 1.2 as current.
        movingToKataTwoShowsItsFailingTest("Kata 1.1: Adding up");
    }

    /** Watching two katas, both stubs: once the screen shows {@code first}, n moves to kata 1.2, which shows its failing test. */
    private void movingToKataTwoShowsItsFailingTest(String first) throws Exception {
        assumeTrue(TmuxPane.available(), "tmux is needed to drive a real terminal (apt-get install tmux)");
        TinyWorkbook.withTwoKatas(root);
        try (var pane = new TmuxPane(root, 140, 50)) {
            assertThat(pane.when(s -> s.contains(first))).contains("Kata 1.1: Adding up");

            pane.keys("n");
            assertThat(pane.when(s -> s.contains("✗ doublesANumber()") && s.contains("Watching for saves.")))
                    .contains("Kata 1.2: Doubling", "kata 1.2 is not done yet", "0 of 1 tests pass").doesNotContain("Not started");

            pane.keys("q");
            assertThat(pane.when(s -> s.contains("LEARN-EXITED"))).contains("LEARN-EXITED-0");
        }
    }

    @Test
    void aKataPutBackToItsStubWhileMarkedDoneIsRunAsTheCurrentKata() throws Exception {
        assumeTrue(TmuxPane.available(), "tmux is needed to drive a real terminal (apt-get install tmux)");
        var adder = TinyWorkbook.withTwoKatas(root);
        var stub = java.nio.file.Files.readString(adder);
        TinyWorkbook.solve(adder, "1.1", "return a + b;");
        TinyWorkbook.solve(adder, "1.2", "return a + a;");
        try (var session = new Session(new Repo(root))) {
            assertThat(session.runAll().passed("1.2")).isTrue();
        }
        // Back to the stub outside the tool, as git checkout does: the progress file still says every kata is done.
        java.nio.file.Files.writeString(adder, stub);

        try (var pane = new TmuxPane(root, 140, 50)) {
            assertThat(pane.when(s -> s.contains("✗ addsTwoNumbers()") && s.contains("Watching for saves.")))
                    .contains("Kata 1.1: Adding up", "0/2 katas done").doesNotContain("Not started");
        }
    }
}
