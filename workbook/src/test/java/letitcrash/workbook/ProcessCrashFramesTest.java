package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which of a failed test's process crashes its screen shows: the first the learner's code threw, in a few lines. */
class ProcessCrashFramesTest {

    private final StackFrames frames = new StackFrames("katas/src/main/java", Set.of("demo/Adder.java"));

    @Test
    void aCrashTheTestThrewOnPurposeIsLeftOutAndTheLearnersIsShown() {
        var onPurpose = thrown(new IllegalStateException("boom"), frame("demo.AdderTest", "AdderTest.java", 12),
                frame("demo.Adder", "Adder.java", 3));
        var mistake = thrown(new ArithmeticException("/ by zero"), frame("java.lang.Math", "Math.java", 900, "java.base"),
                frame("demo.Adder", "Adder.java", 4), frame("demo.Adder", "Adder.java", 7));

        assertThat(frames.firstCrash(List.of(onPurpose, mistake)).lines()).containsExactly(
                "java.lang.ArithmeticException: / by zero",
                "  at Adder.run(katas/src/main/java/demo/Adder.java:4)",
                "  at Adder.run(katas/src/main/java/demo/Adder.java:7)");
        assertThat(frames.firstCrash(List.of(onPurpose))).isEmpty();
        assertThat(frames.firstCrash(List.of())).isEmpty();
    }

    @Test
    void aRecursionsCrashTakesAFewLines() {
        var frame = frame("demo.Adder", "Adder.java", 4);
        var deep = new StackTraceElement[1000];
        for (int i = 0; i < deep.length; i++) {
            deep[i] = i % 2 == 0 ? frame : frame("demo.Adder", "Adder.java", 5 + i % 7);
        }
        var overflow = thrown(new StackOverflowError(), deep);

        var shown = frames.firstCrash(List.of(overflow)).lines().toList();
        assertThat(shown).hasSize(4).first().isEqualTo("java.lang.StackOverflowError");
        assertThat(shown.get(1)).contains("Adder.java:4)", "500 times");
    }

    private static Throwable thrown(Throwable crash, StackTraceElement... stack) {
        crash.setStackTrace(stack);
        return crash;
    }

    private static StackTraceElement frame(String type, String file, int line) {
        return frame(type, file, line, null);
    }

    private static StackTraceElement frame(String type, String file, int line, String module) {
        return new StackTraceElement(null, module, null, type, "run", file, line);
    }
}
