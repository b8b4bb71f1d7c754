package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The maintainers' commands: out of a learner's sight, and unable to overwrite kata work unnoticed. */
class MaintainerCommandsTest {

    @TempDir
    Path root;

    private Path stub;

    @BeforeEach
    void aFreshCheckout() throws IOException {
        stub = TinyWorkbook.withTwoKatas(root);
    }

    @Test
    void theHelpShowsLearnersNoMaintainerCommand() {
        assertThat(Learn.run(root, "--help").out()).contains("list", "reset", "jshell")
                .doesNotContain("generate", "check", "benchmark", "double-book", "Maintainers");
        assertThat(Learn.maintainer(root, "--help").out()).contains("generate", "check", "benchmark", "double-book");
    }

    @Test
    void aMistypedCommandIsNeverToldOfAMaintainerCommand() {
        var result = Learn.run(root, "generat");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("'generat'", "./learn --help lists the commands").doesNotContain("generate");
    }

    @Test
    void aMaintainerCommandTypedByALearnerSaysWhoItIsForAndDoesNothing() throws IOException {
        solve("1.1", "return a + b;");
        String before = Files.readString(stub);

        var result = Learn.run(root, "generate");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("'generate' is not a learner's command", "for the workbook's maintainers");
        assertThat(Files.readString(stub)).isEqualTo(before);
    }

    @Test
    void generateRefusesToOverwriteKataWorkAndSaysWhereAndWhatToDo() throws IOException {
        solve("1.2", "return 2 * a;");
        String before = Files.readString(stub);

        var result = Learn.maintainer(root, "generate");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).contains("Nothing was written",
                "katas/src/main/java/demo/Adder.java (your work on kata 1.2)", "./learn reset N.M", "--backup");
        assertThat(Files.readString(stub)).isEqualTo(before);
    }

    @Test
    void generateWithBackupKeepsACopyOfTheWorkThenWrites() throws IOException {
        solve("1.1", "return a + b;");
        String mine = Files.readString(stub);

        var result = Learn.maintainer(root, "generate", "--backup");

        assertThat(result.out()).contains("Your kata work is kept in .learn-backup/", "Wrote:");
        assertThat(Files.readString(stub)).contains("TODO(kata 1.1)");
        assertThat(backups()).singleElement().satisfies(copy -> assertThat(copy).content().isEqualTo(mine));
    }

    @Test
    void generateWritesFreelyOverStubsWithoutWork() throws IOException {
        var solution = root.resolve("solutions/src/main/java/demo/Adder.java");
        Files.writeString(solution, Files.readString(solution).replace("Return the sum", "Return the total"));

        var result = Learn.maintainer(root, "generate");

        assertThat(result.out()).contains("Wrote:", "katas/src/main/java/demo/Adder.java");
        assertThat(Files.readString(stub)).contains("Return the total");
        assertThat(root.resolve(LearnerWork.BACKUPS)).doesNotExist();
    }

    @Test
    void aFileTheLearnerAddedCountsAsWork() throws IOException {
        TinyWorkbook.write(root, "katas/src/main/java/demo/Helper.java", "package demo; class Helper {}");

        var result = Learn.maintainer(root, "generate");

        assertThat(result.err()).contains("katas/src/main/java/demo/Helper.java (a file of yours");
        assertThat(root.resolve("katas/src/main/java/demo/Helper.java")).exists();
    }

    private java.util.List<Path> backups() throws IOException {
        try (var files = Files.walk(root.resolve(LearnerWork.BACKUPS))) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private void solve(String kata, String body) throws IOException {
        TinyWorkbook.solve(stub, kata, body);
    }
}
