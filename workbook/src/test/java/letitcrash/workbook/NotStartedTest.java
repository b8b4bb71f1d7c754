package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Help.Ansi;

/**
 * A kata whose methods are still exactly the stub's is not started: the tool does not run
 * its tests (they could only hit the stub), except for the kata the learner is on.
 */
class NotStartedTest {

    @TempDir
    Path root;
    private Path adder;

    @BeforeEach
    void twoKatasInOneFile() throws IOException {
        adder = TinyWorkbook.withTwoKatas(root);
    }

    @Test
    void onAFreshCheckoutOnlyTheCurrentKatasTestsRun() {
        try (var session = new Session(new Repo(root))) {
            var report = session.runAll();

            assertThat(report.of("1.1")).as("kata 1.1, the current one, even though not started").isNotEmpty();
            assertThat(report.of("1.2")).as("kata 1.2's results").isEmpty();
            assertThat(session.notStarted("1.2")).isTrue();
            assertThat(session.notStarted("1.1")).isFalse();
            assertThat(String.join("\n", new Screen(Ansi.OFF).status(session, session.catalog().kata("1.2").orElseThrow())))
                    .contains("Not started: its methods are still the stub. Save a change to run its tests.");
        }
    }

    @Test
    void aChangedMethodIsStartedEvenWithTheStubsThrowStillInIt() throws IOException {
        Files.writeString(adder, Files.readString(adder).replace("    public static int twice(int a) {\n",
                "    public static int twice(int a) {\n        if (a == 0) return 0;\n"));

        assertThat(notStarted("1.2")).isFalse();
        try (var session = new Session(new Repo(root))) {
            assertThat(session.runAll().of("1.2")).as("kata 1.2's results").isNotEmpty();
        }
    }

    @Test
    void workOnOneKataLeavesTheOtherInItsFileNotStarted() throws IOException {
        TinyWorkbook.solve(adder, "1.1", "return a + b;");
        Files.writeString(adder, Files.readString(adder).replace("public class Adder {", "public class Adder {\n    // my notes"));

        assertThat(notStarted("1.1")).isFalse();
        assertThat(notStarted("1.2")).isTrue();
    }

    @Test
    void windowsLineEndingsDoNotCount() throws IOException {
        Files.writeString(adder, Files.readString(adder).replace("\n", "\r\n"));

        assertThat(notStarted("1.1")).isTrue();
        assertThat(notStarted("1.2")).isTrue();
    }

    @Test
    void aRunLoadsOnlyTheTestClassesThatNameItsKatas() {
        var tests = new Build.Sources("katas/src/test/java", Repo.javaSources(new Repo(root).tests()));

        assertThat(TestClasses.all(tests)).containsExactlyInAnyOrder("demo.AdderTest", "demo.TwiceTest");
        assertThat(TestClasses.naming(tests, List.of("1.2"))).containsExactly("demo.TwiceTest");
        assertThat(TestClasses.naming(tests, List.of("1.1", "1.2"))).containsExactlyInAnyOrder("demo.AdderTest", "demo.TwiceTest");
    }

    @Test
    void codeThatDoesNotParseCountsAsStarted() throws IOException {
        Files.writeString(adder, Files.readString(adder).replace("public class Adder {", "public class Adder { oops"));

        assertThat(notStarted("1.2")).isFalse();
    }

    @Test
    void theKataALearnerMovesOnToShowsItsFailingTest() throws IOException {
        try (var session = new Session(new Repo(root))) {
            session.runAll();
        }
        TinyWorkbook.solve(adder, "1.1", "return a + b;");

        try (var session = new Session(new Repo(root))) {
            var report = session.runAll();

            assertThat(session.current().orElseThrow().id()).isEqualTo("1.2");
            assertThat(report.of("1.2")).as("kata 1.2's results, once it is the current kata").isNotEmpty();
            assertThat(String.join("\n", new Screen(Ansi.OFF).status(session, session.current().orElseThrow())))
                    .contains("✗ doublesANumber()", "kata 1.2 is not done yet", "0 of 1 tests pass");
        }
    }

    @Test
    void aKataPutBackToItsStubIsNoLongerDone() throws IOException {
        TinyWorkbook.solve(adder, "1.1", "return a + b;");
        var oneSolved = Files.readString(adder);
        TinyWorkbook.solve(adder, "1.2", "return a + a;");
        try (var session = new Session(new Repo(root))) {
            session.runAll();
            assertThat(session.done()).isEqualTo(2);
        }
        // Put back outside the tool, as git checkout would: the progress file still says done.
        Files.writeString(adder, oneSolved);

        try (var session = new Session(new Repo(root))) {
            session.runAll();

            assertThat(session.passed("1.2")).isFalse();
            assertThat(session.progress().done("1.2")).as("kata 1.2's done mark").isFalse();
            assertThat(session.current().orElseThrow().id()).isEqualTo("1.2");
        }
    }

    /** A save elsewhere can break a kata done earlier: the done screen names the kata to go to, and then none. */
    @Test
    void aDoneKatasScreenNamesTheNextKataNotDone() throws IOException {
        TinyWorkbook.solve(adder, "1.1", "return a + b;");
        TinyWorkbook.solve(adder, "1.2", "return a * 3;"); // a wrong answer: started, not done
        try (var session = new Session(new Repo(root))) {
            session.runAll();
            var oneOne = session.catalog().kata("1.1").orElseThrow();
            assertThat(String.join("\n", new Screen(Ansi.OFF).status(session, oneOne)))
                    .contains("✓ Kata 1.1 is done", "Next: kata 1.2, Doubling (press n, watching, or run ./learn again).");

            Files.writeString(adder, Files.readString(adder).replace("return a * 3;", "return a + a;")); // put right
            session.runAll();
            assertThat(String.join("\n", new Screen(Ansi.OFF).status(session, oneOne)))
                    .contains("✓ Kata 1.1 is done", "Every kata is done. The walkthrough: ./learn solution 1.1");
        }
    }

    private boolean notStarted(String id) {
        var repo = new Repo(root);
        var kata = Catalog.read(repo).kata(id).orElseThrow();
        var file = kata.files().getFirst();
        var stub = StubGenerator.stub(file, Workbook.read(repo.solutions().resolve(file)), any -> true);
        return LearnerWork.notStarted(kata, Map.of(file, stub), Repo.javaSources(repo.stubs()));
    }
}
