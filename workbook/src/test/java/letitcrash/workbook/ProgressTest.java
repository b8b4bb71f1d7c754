package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What ./learn shows, on a tiny workbook whose one kata the test does and undoes. */
class ProgressTest {

    @TempDir
    Path root;

    @BeforeEach
    void aFreshCheckout() throws IOException {
        TinyWorkbook.writeInto(root);
        new Contract(new Repo(root)).generate();
    }

    @Test
    void aPristineStubShowsTheKataToDoWithItsFailureAndFirstHint() {
        assertThat(screen()).contains(
                "0/1 katas done",
                "Next: kata 1.1: Adding up",
                "Read:  chapter 1 'Demo', section 'Kata 1.1: Adding up'",
                "Edit:  katas/src/main/java/demo/Adder.java   (look for TODO(kata 1.1))",
                "To do: Return the sum of a and b.",
                "✗ addsTwoNumbers()",
                "java.lang.UnsupportedOperationException: kata 1.1 is not done yet (book: chapter 1, Kata 1.1)",
                "Hint 1 of 2: Java has an operator for this.",
                "mvn -q -pl katas test -Dgroups=kata-1.1");
    }

    @Test
    void copyingTheSolutionRegionIntoTheStubMarksTheKataDone() throws IOException {
        var stub = root.resolve("katas/src/main/java/demo/Adder.java");
        Files.writeString(stub, Files.readString(stub).replaceAll(
                "// TODO\\(kata 1.1\\).*\\n.*throw new UnsupportedOperationException.*", "return a + b;"));

        assertThat(screen()).contains("1/1 katas done", "Every kata is done.").doesNotContain("Next:");
    }

    @Test
    void aWrongAnswerShowsExpectedAgainstActual() throws IOException {
        var stub = root.resolve("katas/src/main/java/demo/Adder.java");
        Files.writeString(stub, Files.readString(stub).replaceAll(
                "// TODO\\(kata 1.1\\).*\\n.*throw new UnsupportedOperationException.*", "return a * b;"));

        assertThat(screen()).contains("0/1 katas done", "[2 + 3]", "expected: 5", "but was: 6");
    }

    @Test
    void codeThatDoesNotCompileIsShownWithItsErrors() throws IOException {
        var stub = root.resolve("katas/src/main/java/demo/Adder.java");
        Files.writeString(stub, Files.readString(stub).replace("public class Adder {", "public class Adder { oops"));

        assertThat(screen()).contains("Your code does not compile:", "katas/src/main/java/demo/Adder.java:2:");
    }

    private String screen() {
        var text = new StringWriter();
        Workbook.Progress.of(new Repo(root)).print(new PrintWriter(text, true));
        return text.toString();
    }
}
