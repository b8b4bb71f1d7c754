package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subcommands, on a tiny workbook of two katas in one file. */
class CommandsTest {

    @TempDir
    Path root;

    private Path stub;

    @BeforeEach
    void aFreshCheckout() throws IOException {
        stub = TinyWorkbook.withTwoKatas(root);
    }

    @Test
    void listShowsEveryKataWithItsState() throws IOException {
        solve("1.1", "return a + b;");
        Learn.run(root, "--once");

        assertThat(Learn.run(root, "list").out()).contains("Chapter 1: Demo", "✓ 1.1  Adding up", "· 1.2  Doubling");
    }

    /** It runs the current kata and the one it moves on to, not every kata (a book of katas took 8.4 s). */
    @Test
    void onceRunsTheCurrentKataNotEveryKata() throws IOException {
        TinyWorkbook.addChapterTwo(root);
        TinyWorkbook.write(root, "katas/src/test/java/demo/HalverTest.java", """
                package demo;
                import static org.assertj.core.api.Assertions.assertThat;
                import java.nio.file.Files;
                import java.nio.file.Path;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                @Tag("kata-2.1")
                class HalverTest {
                    @Test
                    void halvesANumber() throws java.io.IOException {
                        Files.writeString(Path.of("halver-ran"), "");
                        assertThat(Halver.half(42)).isEqualTo(21);
                    }
                }
                """);
        new Contract(new Repo(root)).generate();
        solve("1.1", "return a + b;");
        solve("1.2", "return a + a;");
        TinyWorkbook.solve(root.resolve("katas/src/main/java/demo/Halver.java"), "2.1", "return a / 2;");

        assertThat(Learn.run(root, "--once").out()).contains("2/3 katas done", "Kata 2.1: Halving", "Its tests have not run yet.",
                "The other katas as last checked; ./learn verify checks every kata again.");
        assertThat(root.resolve("halver-ran")).as("kata 2.1's test ran").doesNotExist();

        assertThat(Learn.run(root, "--once").out()).contains("3/3 katas done", "Every kata is done.");
        assertThat(root.resolve("halver-ran")).exists();
    }

    /** It runs no test (a book of katas took 8.9 s): a kata solved since the last check is not yet counted. */
    @Test
    void listShowsTheProgressAsLastChecked() throws IOException {
        solve("1.1", "return a + b;");

        assertThat(Learn.run(root, "list").out()).contains("· 1.1  Adding up", "As last checked; ./learn verify checks every kata again.");
    }

    @Test
    void hintRevealsOneMoreEachTimeAndSaysWhenItWasTheLast() {
        assertThat(Learn.run(root, "--once").out()).as("the status screen shows the first hint")
                .contains("Hint 1 of 2").doesNotContain("Hint 2 of 2");
        assertThat(Learn.run(root, "hint", "1.1").out()).contains("Hint 1 of 2", "Hint 2 of 2", "That was the last hint");
        assertThat(Learn.run(root, "hint", "1.1").out()).contains("Hint 2 of 2");
        assertThat(Learn.run(root, "--once").out()).contains("Hint 2 of 2");
    }

    @Test
    void anUnknownKataIsAClearErrorThatNamesTheKatas() {
        var result = Learn.run(root, "hint", "9.9");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("There is no kata '9.9'. The katas are: 1.1, 1.2");
    }

    @Test
    void anUnknownCommandGetsTheUsage() {
        var result = Learn.run(root, "frobnicate");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("Unmatched argument at index 0: 'frobnicate'", "./learn --help lists the commands");
    }

    @Test
    void resetPutsBackOneKataAndKeepsTheOther() throws IOException {
        solve("1.1", "return a + b;");
        solve("1.2", "return 2 * a;");

        var result = Learn.run(root, "reset", "1.1", "--yes");

        assertThat(result.out()).contains("Reset: demo/Adder.java: Adder#add(int, int)");
        assertThat(Files.readString(stub)).contains("TODO(kata 1.1)", "return 2 * a;").doesNotContain("return a + b;");
    }

    @Test
    void resetWithoutATerminalOrYesRefusesAndChangesNothing() throws IOException {
        solve("1.1", "return a + b;");
        String before = Files.readString(stub);

        var result = Learn.run(root, "reset", "1.1");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("add --yes");
        assertThat(Files.readString(stub)).isEqualTo(before);
    }

    @Test
    void resetAllPutsEveryStubBack() throws IOException {
        solve("1.1", "return a + b;");

        Learn.run(root, "reset", "--all", "--yes");

        assertThat(Files.readString(stub)).contains("TODO(kata 1.1)", "TODO(kata 1.2)");
    }

    @Test
    void verifyExitsZeroOnlyWhenEveryKataIsDone() throws IOException {
        solve("1.1", "return a + b;");
        assertThat(Learn.run(root, "verify").status()).isEqualTo(1);

        solve("1.2", "return 2 * a;");
        assertThat(Learn.run(root, "verify").status()).isZero();
    }

    @Test
    void solutionIsShownOnlyOnceTheKataIsDone() throws IOException {
        var before = Learn.run(root, "solution", "1.1");
        assertThat(before.status()).isEqualTo(2);
        assertThat(before.err()).contains("Finish kata 1.1 first");

        solve("1.1", "return b + a;");
        var after = Learn.run(root, "solution", "1.1");
        assertThat(after.out()).contains("solutions/src/main/java/demo/Adder.java", "return a + b;", "The walkthrough: chapter 1 'Demo'");
    }

    /** A kata recorded done costs no test run (a book of katas took 6 s): even code that does not compile now shows it. */
    @Test
    void solutionOfAKataRecordedDoneRunsNoTest() throws IOException {
        solve("1.1", "return b + a;");
        Learn.run(root, "--once");
        Files.writeString(stub, Files.readString(stub).replace("return b + a;", "return b + ;"));

        assertThat(Learn.run(root, "solution", "1.1").out()).contains("return a + b;", "The walkthrough: chapter 1 'Demo'");
    }

    @Test
    void anUnreadableProgressFileIsSetAsideNotFatal() throws IOException {
        Files.writeString(root.resolve(ProgressFile.NAME), "hints.1.1=\\u12");

        var result = Learn.run(root, "--once");

        assertThat(result.out()).contains("could not be read", ".learn-progress.unreadable");
        assertThat(root.resolve(ProgressFile.NAME + ".unreadable")).exists();
    }

    private void solve(String kata, String body) throws IOException {
        TinyWorkbook.solve(stub, kata, body);
    }
}
