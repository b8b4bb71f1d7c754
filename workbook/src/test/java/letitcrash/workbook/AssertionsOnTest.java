package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learner's code runs with assertions on, as under Maven: the runtime's lock assertions check it too. */
class AssertionsOnTest {

    @TempDir
    Path root;

    @Test
    void anAssertInTheLearnersCodeFailsItsKata() throws Exception {
        TinyWorkbook.writeInto(root);
        new Contract(new Repo(root)).generate();
        TinyWorkbook.solve(root.resolve("katas/src/main/java/demo/Adder.java"), "1.1", "assert b != 3 : \"b is 3\"; return a + b;");
        try (var session = new Session(new Repo(root))) {
            var report = session.run(List.of("1.1"), null);
            assertThat(report.passed("1.1")).isFalse();
            assertThat(report.of("1.1").getFirst().message()).startsWith("b is 3");
        }
    }
}
