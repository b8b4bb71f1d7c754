package letitcrash.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The window of kata 5.1, asked directly: {@link RestartIntensity#allows} given the clock's
 * time of each restart, in seconds written as decimals. No supervisor runs, so a test sees
 * every answer, the refusals too, before kata 5.2 has taught the supervisor to give up.
 */
@Tag("ch05")
@Tag("kata-5.1")
@DisplayName("5.1 The restart window, restart by restart")
class RestartWindowTest {

    private static final String SECTION = "(book: chapter 5, Kata 5.1)";

    /** The answers of a fresh window under {@code max} in {@code seconds} to restarts at {@code times} (in seconds). */
    private static List<Boolean> answers(int max, int seconds, double... times) {
        var intensity = new RestartIntensity(Flags.of(Strategy.ONE_FOR_ONE).intensity(max, seconds));
        var answers = new ArrayList<Boolean>();
        for (double time : times) {
            answers.add(intensity.allows(Math.round(time * 1e9)));
        }
        return answers;
    }

    @Test
    @DisplayName("5.1 N restarts go on and the next gives up: under 3 in 5, restarts at 0, 0.2, 0.4 and 0.6 s")
    void theRestartAfterTheLimitGivesUp() {
        assertThat(answers(3, 5, 0, 0.2, 0.4, 0.6)).as("the new restart counts before the check: three go on, the fourth"
                + " makes four in the window " + SECTION).containsExactly(true, true, true, false);
    }

    @Test
    @DisplayName("5.1 the window slides: under 3 in 5, restarts at 0, 1, 2 and 6 s go on (0 has left), one more at 6 s gives up")
    void theWindowSlides() {
        assertThat(answers(3, 5, 0, 1, 2, 6, 6)).as("at 6 s the window is seconds 1 to 6: it holds 1, 2 and 6, three"
                + " restarts, which the limit allows; the second restart at 6 s makes four " + SECTION)
                .containsExactly(true, true, true, true, false);
    }

    @Test
    @DisplayName("5.1 the window is inclusive: under 3 in 5, restarts at 0, 1, 2 and 5 s give up at 5 s")
    void theWindowIsInclusive() {
        assertThat(answers(3, 5, 0, 1, 2, 5)).as("a restart at second S still counts at second S + 5: at 5 s the window"
                + " holds 0, 1, 2 and 5 " + SECTION).containsExactly(true, true, true, false);
    }

    // tag::window-slides-test[]
    @Test
    @DisplayName("5.1 sliding, not tumbling: under 3 in 5, restarts at 0, 4, 5.5, 6 and 6.5 s give up at 6.5 s")
    void slidingNotTumbling() {
        assertThat(answers(3, 5, 0, 4, 5.5, 6, 6.5)).as("at 6.5 s the window (seconds 1 to 6) holds the restarts at 4,"
                + " 5.5, 6 and 6.5: four. A window that starts afresh once its oldest restart has left it (Pekko's)"
                + " forgets those before the fresh start " + SECTION).containsExactly(true, true, true, true, false);
    }
    // end::window-slides-test[]

    @Test
    @DisplayName("5.1 whole seconds: under 1 in 1, restarts 1.2 s apart give up from .1 of a second, not from .9")
    void wholeSeconds() {
        assertThat(answers(1, 1, 10.1, 11.3)).as("seconds 10 and 11: both in a window of 1 " + SECTION)
                .containsExactly(true, false);
        assertThat(answers(1, 1, 10.9, 12.1)).as("seconds 10 and 12: the first has left the window " + SECTION)
                .containsExactly(true, true);
    }

    @Test
    @DisplayName("5.1 whole seconds below zero too: under 1 in 1, restarts at -0.9 and 1.05 s fall in seconds -1 and 1")
    void wholeSecondsBelowZero() {
        assertThat(answers(1, 1, -0.9, 1.05)).as("a node's clock may read below zero (System.nanoTime can): -0.9 s is"
                + " in second -1, rounded down as OTP rounds, not toward zero, so the window of second 1 has lost it "
                + SECTION).containsExactly(true, true);
    }
}
