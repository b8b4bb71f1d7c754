package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help.Ansi;

/** The watch screen in a small terminal: wrapped at words, the top and bottom kept, the rest paged. */
class LayoutTest {

    private final Layout classic = new Layout(80, 24);

    @Test
    void wrapsALongLineAtWordsWithItsContinuationIndented() {
        String hint = "Hint 1 of 4: Start from your take: the same lock, the same loop over an empty queue, and a deadline.";

        var lines = classic.wrap(hint);

        assertThat(lines).containsExactly("Hint 1 of 4: Start from your take: the same lock, the same loop over an empty",
                "  queue, and a deadline.");
        assertThat(lines).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
    }

    @Test
    void countsColumnsNotColourCodes() {
        String coloured = Ansi.ON.string("@|yellow Hint 1 of 2:|@ " + "word ".repeat(13).strip());

        assertThat(classic.wrap(coloured)).as("a line of 77 visible columns fits").hasSize(1);
    }

    @Test
    void cutsAWordLongerThanTheLineWhereItMust() {
        assertThat(classic.wrap("x".repeat(100))).extracting(String::length).containsExactly(80, 22);
    }

    @Test
    void keepsTopAndBottomAndCutsTheBodyWithALineThatSaysHowMuchMore() {
        var top = List.of("Let It Crash, Keep the State", "███░░░  1/9 katas done");
        var body = IntStream.rangeClosed(1, 40).mapToObj(i -> "failure line " + i).toList();
        var bottom = List.of("", "h hint · q quit");

        var screen = classic.fit(top, body, bottom, 0);

        assertThat(screen).hasSize(24).startsWith(top.toArray(String[]::new)).endsWith(bottom.toArray(String[]::new));
        assertThat(screen.get(21)).isEqualTo("… 21 more lines: press m to see them");
    }

    @Test
    void theNextPageShowsTheRestThenComesBackToTheTop() {
        var body = IntStream.rangeClosed(1, 30).mapToObj(i -> "line " + i).toList();
        var small = new Layout(80, 10);

        assertThat(small.fit(List.of("top"), body, List.of("keys"), 0)).containsExactly(
                "top", "line 1", "line 2", "line 3", "line 4", "line 5", "line 6", "line 7", "… 23 more lines: press m to see them", "keys");
        assertThat(small.fit(List.of("top"), body, List.of("keys"), 1)).contains("line 8", "line 14").doesNotContain("line 7");
        assertThat(small.fit(List.of("top"), body, List.of("keys"), 4)).contains("line 29", "line 30",
                "(end: press m to go back to the top)");
        assertThat(small.fit(List.of("top"), body, List.of("keys"), 5)).as("past the end: the top again").contains("line 1");
    }

    @Test
    void aTerminalThatReportsNoSizeGetsEightyByTwentyFour() {
        assertThat(new Layout(0, 0)).isEqualTo(classic);
    }
}
