package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kata tests compile and run with the {@code katas} module's class path: its resource
 * folders and the libraries Maven resolved for it, which the tool itself lacks (chapter 9's
 * JDBC driver and schema file, chapter 11's library and its configuration), both in the
 * contract's runs and in the learner's worker JVMs.
 */
class KataClassPathTest {

    @TempDir
    Path root;

    @BeforeEach
    void aKataTestThatNeedsALibraryAndAResource(@TempDir Path elsewhere) throws IOException {
        TinyWorkbook.writeInto(root);
        var library = shoutLibrary(elsewhere);
        TinyWorkbook.write(root, Repo.KATA_CLASS_PATH, String.join(java.io.File.pathSeparator,
                System.getProperty("java.class.path"), library.toString()));
        TinyWorkbook.write(root, "katas/src/test/resources/demo/greeting.txt", "hello\n");
        TinyWorkbook.write(root, "katas/src/test/java/demo/AdderTest.java", """
                package demo;
                import static org.assertj.core.api.Assertions.assertThat;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                @Tag("kata-1.1")
                class AdderTest {
                    @Test
                    void addsTwoNumbers() throws Exception {
                        try (var in = AdderTest.class.getResourceAsStream("/demo/greeting.txt")) {
                            String greeting = new String(in.readAllBytes()).strip();
                            assertThat(shout.Shout.loud(greeting + Adder.add(2, 3))).isEqualTo("HELLO5!");
                        }
                    }
                }
                """);
        new Contract(new Repo(root)).generate();
    }

    @Test
    void theWorkbookItselfLacksTheLibrary() {
        assertThatThrownBy(() -> Class.forName("shout.Shout")).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theContractRunsTheTestsWithTheKatasLibrariesAndResources() {
        assertThat(new Contract(new Repo(root)).violations()).isEmpty();
    }

    @Test
    void theLearnersTestsRunWithThemInTheWorker() throws IOException {
        TinyWorkbook.solve(root.resolve("katas/src/main/java/demo/Adder.java"), "1.1", "return a + b;");

        try (var session = new Session(new Repo(root))) {
            assertThat(session.runAll().of("1.1")).singleElement().satisfies(result -> assertThat(result.passed())
                    .as("passed: %s", result.message()).isTrue());
        }
    }

    @Test
    void theClassPathIsTheResourcesThenTheLibrariesTheToolLacks() {
        var path = new Repo(root).kataClassPath();

        assertThat(path).hasSize(3).startsWith(root.resolve("katas/src/main/resources"), root.resolve("katas/src/test/resources"));
        assertThat(path.getLast().getFileName()).hasToString("shout.jar");
    }

    /** A jar of one class, {@code shout.Shout}, that no module of the workbook has. */
    private static Path shoutLibrary(Path dir) throws IOException {
        var source = dir.resolve("shout/Shout.java");
        Files.createDirectories(source.getParent());
        Files.writeString(source, """
                package shout;
                public final class Shout {
                    public static String loud(String text) {
                        return text.toUpperCase() + "!";
                    }
                }
                """);
        var classes = dir.resolve("classes");
        int status = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(), source.toString());
        assertThat(status).as("javac of the library").isZero();
        var jar = dir.resolve("shout.jar");
        try (var out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("shout/Shout.class"));
            out.write(Files.readAllBytes(classes.resolve("shout/Shout.class")));
            out.closeEntry();
        }
        return jar;
    }
}
