package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command a learner can run, run on a checkout with kata work in it: none changes the
 * work, except reset, which the learner asks for by name and which keeps a copy of what it
 * replaces. A new learner command fails {@link #everyLearnerCommandIsCovered} until it is
 * added here.
 */
class NoCommandLosesWorkTest {

    /** Each learner command, as a learner might run it. */
    private static final List<List<String>> RUNS = List.of(
            List.of("--once"), List.of("--help"), List.of("--version"), List.of("list"), List.of("hint", "1.1"),
            List.of("verify"), List.of("solution", "1.1"), List.of("book"));
    /** The commands that read the standard input: each has a test of its own below, in a JVM of its own. */
    private static final List<List<String>> INTERACTIVE = List.of(List.of("jshell", "1"), List.of("jshell", "1", "--mine"));

    @TempDir
    Path root;

    private Path stub;

    @BeforeEach
    void aCheckoutWithKataWork() throws IOException {
        stub = TinyWorkbook.withTwoKatas(root);
        TinyWorkbook.write(root, "chapters/ch01-demo/ch01-demo.jsh", "System.out.println(\"the script ran: \" + demo.Adder.add(1, 2));\n");
        TinyWorkbook.solve(stub, "1.1", "return a + b;");
        TinyWorkbook.write(root, "katas/src/main/java/demo/Helper.java", "package demo; class Helper {}");
    }

    @Test
    void everyLearnerCommandIsCovered() {
        var covered = new TreeSet<>(Stream.concat(RUNS.stream(), INTERACTIVE.stream())
                .map(List::getFirst).filter(a -> !a.startsWith("-")).toList());
        covered.add("reset");

        assertThat(new TreeSet<>(Workbook.commandLine(false).getSubcommands().keySet())).isEqualTo(covered);
    }

    static Stream<List<String>> runs() {
        return RUNS.stream();
    }

    @ParameterizedTest(name = "./learn {0}")
    @MethodSource("runs")
    void leavesTheWorkAsItWas(List<String> args) throws IOException {
        var before = katas();

        Learn.run(root, args.toArray(String[]::new));

        assertThat(katas()).isEqualTo(before);
    }

    @Test
    void jshellOnTheReferenceRuntimeRunsTheScriptAndLeavesTheWork() throws Exception {
        var before = katas();

        var result = Learn.inOwnJvm(root, "/exit\n", "jshell", "1");

        assertThat(result.out()).as(result.err()).contains("the script ran: 3");
        // Without a terminal, JShell runs the script quietly: no word from JLine or the JDK about terminals.
        assertThat(result.err()).doesNotContain("WARNING");
        assertThat(katas()).isEqualTo(before);
    }

    @Test
    void jshellOnUnfinishedKatasSaysWhichBeforeStartingDoesNotRunTheScriptAndLeavesTheWork() throws Exception {
        var before = katas();

        var result = Learn.inOwnJvm(root, "/exit\n", "jshell", "1", "--mine");

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("Not done yet: kata 1.2.", "it is not run", "./learn jshell 1")
                .doesNotContain("the script ran");
        assertThat(katas()).isEqualTo(before);
    }

    @Test
    void resetOfOneKataKeepsTheOtherKatasAndACopyOfWhatItReplaced() throws IOException {
        TinyWorkbook.solve(stub, "1.2", "return 2 * a;");
        String mine = Files.readString(stub);

        var result = Learn.run(root, "reset", "1.1", "--yes");

        assertThat(result.out()).contains("Your code before the reset is kept in .learn-backup/");
        assertThat(Files.readString(stub)).contains("TODO(kata 1.1)", "return 2 * a;");
        assertThat(backedUp()).containsEntry("katas/src/main/java/demo/Adder.java", mine);
    }

    @Test
    void resetOfEveryKataKeepsACopyOfEveryFileItChanges() throws IOException {
        var before = katas();
        before.remove("katas/src/main/java/letitcrash/KataNotDone.java"); // the tool's, written by generate: reset leaves it

        Learn.run(root, "reset", "--all", "--yes");

        assertThat(root.resolve("katas/src/main/java/demo/Helper.java")).doesNotExist();
        assertThat(backedUp()).isEqualTo(before);
    }

    /** Every file under katas/src/main, by its path from the checkout, with its text. */
    private Map<String, String> katas() throws IOException {
        return texts(root, root.resolve("katas/src/main"));
    }

    /** The files of the one backup made, by their path in the checkout. */
    private Map<String, String> backedUp() throws IOException {
        try (var backups = Files.list(root.resolve(LearnerWork.BACKUPS))) {
            var only = backups.toList();
            assertThat(only).as("backups made").hasSize(1);
            return texts(only.getFirst(), only.getFirst());
        }
    }

    private static Map<String, String> texts(Path base, Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            var texts = new java.util.TreeMap<String, String>();
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                texts.put(base.relativize(file).toString(), Files.readString(file));
            }
            return texts;
        }
    }
}
