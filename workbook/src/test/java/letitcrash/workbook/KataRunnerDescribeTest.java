package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** What the learner reads when a test ran out of its time limit. */
class KataRunnerDescribeTest {

    private static final StackFrames FRAMES = new StackFrames("katas/src/main/java", Set.of());

    @Test
    void aTimeLimitShowsWhatTheTestWaitedFor() {
        var timeUp = new TimeoutException("theTest() timed out after 10 seconds"); // as JUnit makes it
        timeUp.addSuppressed(new AssertionError("the test's time limit ran out while it waited for the DOWN of w"));

        assertThat(KataRunner.describe(timeUp, FRAMES))
                .isEqualTo("theTest() timed out after 10 seconds: the test's time limit ran out while it waited for the DOWN of w");
    }

    @Test
    void aTimeLimitWithNothingMoreSaysJustThat() {
        assertThat(KataRunner.describe(new TimeoutException("theTest() timed out after 10 seconds"), FRAMES))
                .startsWith("java.util.concurrent.TimeoutException: theTest() timed out after 10 seconds");
    }
}
