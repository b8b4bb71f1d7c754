package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

/** What the learner reads when a test gave up waiting for the learner's code. */
class KataRunnerDescribeTest {

    private static final StackFrames FRAMES = new StackFrames("katas/src/main/java", Set.of());

    @Test
    void aGuardThatGaveUpSaysWhatThatMeansAndWhatItWaitedFor() {
        var gaveUp = new TimeoutException("terminateChild did not end within 5000 ms, the tests' hang guard"); // as Threads.Running.await makes it

        assertThat(KataRunner.describe(gaveUp, FRAMES)).startsWith(KataRunner.GAVE_UP)
                .contains("terminateChild did not end within 5000 ms, the tests' hang guard");
    }

    @Test
    void aBareGuardSaysWhatThatMeans() {
        assertThat(KataRunner.describe(new TimeoutException(), FRAMES)).startsWith(KataRunner.GAVE_UP);
    }
}
