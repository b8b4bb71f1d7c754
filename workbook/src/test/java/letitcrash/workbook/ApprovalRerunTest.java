package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kata with an approval test, run again and again in one worker JVM, as watch mode does:
 * the verdict follows the code, never an earlier run.
 */
class ApprovalRerunTest {

    @TempDir
    Path root;
    private Path adder;

    @BeforeEach
    void aKataWithAnApprovalTest() throws IOException {
        TinyWorkbook.writeInto(root);
        TinyWorkbook.addApprovalTest(root);
        new Contract(new Repo(root)).generate();
        adder = root.resolve("katas/src/main/java/demo/Adder.java");
    }

    /**
     * Correct, correct again, wrong, correct, wrong, correct: in one worker JVM, each verdict is
     * the code's. Without the worker's leave for a second verify, the second correct run failed
     * with "expected (SumPictureTest.picture.approved.txt): 2 + 3 = 5 but was: 2 + 3 = 5".
     */
    @Test
    void eachRunOfAnApprovalTestInOneWorkerJudgesTheCodeSaved() throws IOException {
        var received = root.resolve("katas/src/test/java/demo/SumPictureTest.picture.received.txt");
        try (var session = new Session(new Repo(root))) {
            for (String body : new String[] {"return a + b;", "return a + b; ", "return a - b;", "return a + b;", "return a * b;", "return b + a;"}) {
                save(body);
                var report = session.run(List.of("1.1"), null);
                boolean correct = !body.contains("-") && !body.contains("*");
                assertThat(report.passed("1.1")).as("after saving %s: %s", body, report).isEqualTo(correct);
                if (!correct) {
                    // The failure shows what the code drew, and leaves it beside the approved file.
                    assertThat(report.of("1.1").stream().filter(r -> r.test().equals("picture()")).findFirst().orElseThrow().message()).contains("but was:\n2 + 3 = " + (body.contains("-") ? -1 : 6));
                    assertThat(received).exists();
                } else {
                    // A pass cleans up what a failure left: nothing stale decides the next run.
                    assertThat(received).doesNotExist();
                }
            }
        }
    }

    private void save(String body) throws IOException {
        Files.writeString(adder, Files.readString(adder).replaceAll("(// TODO\\(kata 1\\.1\\).*\\n\\s*throw new .*|return [ab] . [ab]; ?)", body));
    }
}
