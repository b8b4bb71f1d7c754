package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
        assertThat(learn()).contains(
                "0/1 katas done",
                "Kata 1.1: Adding up",
                "Read:  chapter 1 'Demo', section 'Adding, with a plus', then 'Kata 1.1: Adding up'",
                "Edit:  katas/src/main/java/demo/Adder.java   (look for TODO(kata 1.1))",
                "To do: Return the sum of a and b.",
                "✗ addsTwoNumbers()",
                "letitcrash.KataNotDone: kata 1.1 is not done yet (book: chapter 1, Kata 1.1)",
                "0 of 1 tests pass",
                "Hint 1 of 2: Java has an operator for this.",
                "mvn -q -pl katas test -Dgroups=kata-1.1");
    }

    @Test
    void copyingTheSolutionRegionIntoTheStubMarksTheKataDone() throws IOException {
        solveWith("return a + b;");

        assertThat(learn()).contains("1/1 katas done", "Every kata is done.").doesNotContain("Kata 1.1:");
        assertThat(root.resolve(ProgressFile.NAME)).content().contains("done.1.1=");
    }

    @Test
    void aWrongAnswerShowsExpectedAgainstActual() throws IOException {
        solveWith("return a * b;");

        assertThat(learn()).contains("0/1 katas done", "[2 + 3]", "expected: 5", "but was: 6");
    }

    @Test
    void codeThatDoesNotCompileIsShownWithItsErrorsAndTheKataStaysOnScreen() throws IOException {
        var stub = root.resolve("katas/src/main/java/demo/Adder.java");
        Files.writeString(stub, Files.readString(stub).replace("public class Adder {", "public class Adder { oops"));

        assertThat(learn()).contains("Your code does not compile", "katas/src/main/java/demo/Adder.java:2:",
                "Kata 1.1: Adding up", "Edit:  katas/src/main/java/demo/Adder.java");
    }

    @Test
    void codeThatDoesNotCompileForAMomentKeepsTheProgress() throws IOException {
        solveWith("return a + b;");
        assertThat(learn()).contains("1/1 katas done");
        var stub = root.resolve("katas/src/main/java/demo/Adder.java");

        Files.writeString(stub, Files.readString(stub).replace("return a + b;", "return a + b"));

        assertThat(learn()).contains("1/1 katas done", "Your code does not compile", "your progress stays as it was");
        assertThat(Learn.run(root, "list").out()).contains("✓ 1.1  Adding up");
    }

    /** In one session, as watch mode has: the header counts the kata done above "your progress stays as it was". */
    @Test
    void aCompileErrorInASessionKeepsTheCountOfKatasDone() throws IOException {
        solveWith("return a + b;");
        var stub = root.resolve("katas/src/main/java/demo/Adder.java");
        try (var session = new Session(new Repo(root))) {
            session.runAll();
            Files.writeString(stub, Files.readString(stub).replace("return a + b;", "return a + b"));
            session.runAll();

            var screen = String.join("\n", new Screen(picocli.CommandLine.Help.Ansi.OFF).status(session, session.catalog().katas().getFirst()));
            assertThat(screen).contains("1/1 katas done", "your progress stays as it was");
        }
    }

    @Test
    void aCompileErrorShowsTheSourceLineWithACaretAsJavacDoes() throws IOException {
        solveWith("return a +* b;");

        assertThat(learn()).contains("katas/src/main/java/demo/Adder.java:4: illegal start of expression",
                "        return a +* b;\n  " + " ".repeat(18) + "^");
    }

    @Test
    void anExceptionIsShownWithTheLinesOfTheLearnersCodeItCameThrough() throws IOException {
        solveWith("String none = null; return none.length();");

        assertThat(learn()).contains("java.lang.NullPointerException",
                "at Adder.add(katas/src/main/java/demo/Adder.java:4)");
    }

    @Test
    void aStackOverflowShowsTheRecursionOnceNotABareClassName() throws IOException {
        solveWith("return add(a, b);");

        assertThat(learn()).contains("java.lang.StackOverflowError", "at Adder.add(katas/src/main/java/demo/Adder.java:4)",
                "times: a recursion that does not end?");
    }

    @Test
    void codeThatWouldEndTheJvmIsRefusedBeforeItRuns() throws IOException {
        solveWith("System.exit(0); return 0;");

        assertThat(learn()).contains("The workbook will not run this code:",
                "katas/src/main/java/demo/Adder.java:4: this would end the JVM");
    }

    @Test
    void codeThatLoopsForeverFailsItsTestAndTheRunGoesOn() throws IOException {
        solveWith("while (true) { Thread.onSpinWait(); }");

        assertThat(learn()).contains("0/1 katas done", "✗ addsTwoNumbers()", "still running after " + Watchdog.LIMIT.toSeconds() + " s");
    }

    @Test
    void codeThatLoopsForeverIsReportedAtTheLimitEvenWhenTheTestsTeardownWaitsForIt() throws IOException {
        // As a kata test's node does when it closes: it waits for its processes, and one of them loops.
        TinyWorkbook.write(root, "katas/src/test/java/demo/AdderTest.java", """
                package demo;
                import static org.assertj.core.api.Assertions.assertThat;
                import java.util.concurrent.CountDownLatch;
                import org.junit.jupiter.api.AutoClose;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                @Tag("kata-1.1")
                class AdderTest {
                    private final CountDownLatch returned = new CountDownLatch(1);
                    @AutoClose
                    private final AutoCloseable waitsForAdd = returned::await;
                    @Test
                    void addsTwoNumbers() {
                        int sum = Adder.add(2, 3);
                        returned.countDown();
                        assertThat(sum).as("2 + 3").isEqualTo(5);
                    }
                }
                """);
        solveWith("while (true) { Thread.onSpinWait(); }");

        assertThat(learn()).contains("0/1 katas done", "✗ addsTwoNumbers()", "still running after " + Watchdog.LIMIT.toSeconds() + " s")
                .doesNotContain("did not answer");
    }

    @Test
    void aTestsOwnTimeLimitIsKeptByTheToolNotByJUnit() throws IOException {
        // JUnit's own @Timeout would interrupt the tool's wait and leave the loop running in a worker taken for fit.
        TinyWorkbook.write(root, "katas/src/test/java/demo/AdderTest.java", """
                package demo;
                import static org.assertj.core.api.Assertions.assertThat;
                import java.util.concurrent.TimeUnit;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                import org.junit.jupiter.api.Timeout;
                @Tag("kata-1.1")
                @Timeout(value = 1, unit = TimeUnit.SECONDS)
                class AdderTest {
                    @Test
                    void addsTwoNumbers() {
                        assertThat(Adder.add(2, 3)).as("2 + 3").isEqualTo(5);
                    }
                }
                """);
        solveWith("while (true) { Thread.onSpinWait(); }");

        assertThat(learn()).contains("✗ addsTwoNumbers()", "still running after 1 s").doesNotContain("timed out after");
    }

    @Test
    void aTestThatGivesUpWaitingSaysWhatThatMeans() throws IOException {
        // As the kata tests do with a call that should return: they wait for it on another thread, for a while.
        TinyWorkbook.write(root, "katas/src/test/java/demo/AdderTest.java", """
                package demo;
                import static org.assertj.core.api.Assertions.assertThat;
                import java.util.concurrent.CompletableFuture;
                import java.util.concurrent.TimeUnit;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                @Tag("kata-1.1")
                class AdderTest {
                    @Test
                    void addsTwoNumbers() throws Exception {
                        var sum = CompletableFuture.supplyAsync(() -> Adder.add(2, 3)).get(1, TimeUnit.SECONDS);
                        assertThat(sum).as("2 + 3").isEqualTo(5);
                    }
                }
                """);
        solveWith("while (true) { Thread.onSpinWait(); }");

        assertThat(learn()).contains("✗ addsTwoNumbers()", "java.util.concurrent.TimeoutException",
                "The test gave up waiting for your code: a lock never released, a signal never sent, or a wait that never ends?");
    }

    @Test
    void afterATestGaveUpWaitingTheKatasOtherTestsFailAtOnceUnrun() throws IOException {
        TinyWorkbook.write(root, "katas/src/test/java/demo/AdderTest.java", """
                package demo;
                import static org.assertj.core.api.Assertions.assertThat;
                import java.util.concurrent.CompletableFuture;
                import java.util.concurrent.TimeUnit;
                import org.junit.jupiter.api.MethodOrderer;
                import org.junit.jupiter.api.Order;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                import org.junit.jupiter.api.TestMethodOrder;
                @Tag("kata-1.1")
                @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
                class AdderTest {
                    @Test
                    @Order(1)
                    void addsTwoNumbers() throws Exception {
                        assertThat(CompletableFuture.supplyAsync(() -> Adder.add(2, 3)).get(1, TimeUnit.SECONDS)).isEqualTo(5);
                    }
                    @Test
                    @Order(2)
                    void addsZero() throws Exception {
                        assertThat(CompletableFuture.supplyAsync(() -> Adder.add(2, 0)).get(1, TimeUnit.HOURS)).isEqualTo(2);
                    }
                }
                """);
        solveWith("while (true) { Thread.onSpinWait(); }");

        try (var session = new Session(new Repo(root))) {
            var results = session.runAll().of("1.1");

            assertThat(results).extracting(KataRunner.TestResult::test).containsExactly("addsTwoNumbers()", "addsZero()");
            assertThat(results.get(0).message()).contains(KataRunner.GAVE_UP);
            assertThat(results.get(1).message()).startsWith("not run: an earlier test of this kata gave up waiting");
        }
    }

    @Test
    void codeThatThrowsAnErrorJUnitWillNotCatchIsReportedAndTheRunGoesOn() throws IOException {
        solveWith("throw new OutOfMemoryError(\"pretend\");");

        assertThat(learn()).contains("0/1 katas done", "the tests could not finish: java.lang.OutOfMemoryError: pretend");
    }

    @Test
    void aLongFailureIsCutWithHowMuchMoreThereIsAndItsButWasPartInSight() throws IOException {
        solveWith("""
                var text = new StringBuilder("expected (Adder.add.approved.txt):");
                for (int i = 1; i <= 20; i++) text.append((char) 10).append("expected line ").append(i);
                text.append((char) 10).append("but was:");
                for (int i = 1; i <= 20; i++) text.append((char) 10).append("actual line ").append(i);
                throw new AssertionError(text.toString());""");

        assertThat(learn()).contains("expected line 1\n", "… and 16 more lines", "but was:", "actual line 1\n", "actual line 4\n    … and 16 more lines")
                .doesNotContain("expected line 20", "actual line 20");
    }

    private void solveWith(String body) throws IOException {
        TinyWorkbook.solve(root.resolve("katas/src/main/java/demo/Adder.java"), "1.1", body);
    }

    private String learn() {
        var result = Learn.run(root, "--once");
        assertThat(result.status()).as(result.err()).isZero();
        return result.out();
    }
}
