package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watch mode in a classic 80x24 terminal, after a few bad ideas: the header stays in sight,
 * the key line is shown once, an unknown key says what the keys are, and a reset's message
 * stays on screen through the save the reset itself makes.
 */
class SmallTerminalTest {

    @TempDir
    Path root;

    @Test
    void fitsEightyByTwentyFourAndKeepsWhatTheLearnerMustSee() throws Exception {
        assumeTrue(TmuxPane.available(), "tmux is needed to drive a real terminal (apt-get install tmux)");
        var stub = TinyWorkbook.withTwoKatas(root);
        longHints();
        try (var pane = new TmuxPane(root, 80, 24)) {
            pane.when(s -> s.contains("Watching for saves."));
            assertFits(pane);

            TinyWorkbook.solve(stub, "1.1", "return add(a, b);");
            // Once the other katas' check is done too: its end would redraw the status line over the next key's answer.
            assertThat(pane.when(s -> s.contains("StackOverflowError") && s.contains("Watching for saves.")))
                    .contains("at Adder.add(katas/src/main/java/demo/Adder.java:4)");
            assertFits(pane);

            pane.keys("x");
            assertThat(pane.when(s -> s.contains("does nothing"))).contains("That key does nothing here. The keys:");
            assertFits(pane);

            pane.keys("r");
            pane.when(s -> s.contains("Press y to reset"));
            pane.keys("y");
            String reset = pane.when(s -> s.contains("kept in .learn-backup/") && s.contains("Watching for saves."));
            assertThat(reset).contains("Reset: demo/Adder.java: Adder#add(int, int)", "not done yet");
            assertFits(pane);
            assertThat(Files.readString(stub)).contains("TODO(kata 1.1)");

            TinyWorkbook.solve(stub, "1.1", "return a - b;");
            assertThat(pane.when(s -> s.contains("but was"))).as("the reset's message, after saves").contains("kept in .learn-backup/");
            assertFits(pane);
        }
    }

    /** Every row within 80 columns, the header on the first two, the key line once. */
    private static void assertFits(TmuxPane pane) throws IOException, InterruptedException {
        var rows = pane.rows();
        assertThat(rows).hasSizeLessThanOrEqualTo(24).allSatisfy(row -> assertThat(row.length()).isLessThanOrEqualTo(80));
        assertThat(rows.get(0)).isEqualTo("Let It Crash, Keep the State");
        assertThat(rows.get(1)).contains("katas done");
        assertThat(String.join("\n", rows).split("h hint · l list", -1)).as("the key line, once").hasSize(2);
    }

    /** Hints long enough that the screen must wrap them, and more of them than fit. */
    private void longHints() throws IOException {
        var hints = root.resolve("chapters/ch01-demo/hints.adoc");
        String longHint = ". " + "Think about what adding means, and which operator of Java does it for two ints. ".repeat(4) + "\n";
        Files.writeString(hints, Files.readString(hints).replace("// end::kata-1.1[]", longHint.repeat(6) + "// end::kata-1.1[]"));
    }
}
