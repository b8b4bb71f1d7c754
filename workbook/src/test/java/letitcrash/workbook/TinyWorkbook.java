package letitcrash.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A workbook of one kata (1.1: add two numbers), small enough to break one rule at a time. */
final class TinyWorkbook {

    /** This checkout, read before any test points workbook.root at a tiny workbook. */
    private static final Path CHECKOUT = Path.of(System.getProperty("workbook.root", ".."));
    private static final String NOT_DONE = "solutions/src/main/java/letitcrash/KataNotDone.java";

    private TinyWorkbook() {}

    static void writeInto(Path root) throws IOException {
        write(root, "pom.xml", "<project/>");
        // What the generated stubs throw: the real runtime's class.
        write(root, NOT_DONE, Files.readString(CHECKOUT.resolve(NOT_DONE)));
        write(root, "solutions/src/main/java/demo/Adder.java", """
                package demo;
                public class Adder {
                    public static int add(int a, int b) {
                        // region kata 1.1: Return the sum of a and b.
                        return a + b;
                        // endregion
                    }
                }
                """);
        write(root, "katas/src/test/java/demo/AdderTest.java", """
                package demo;
                import static org.assertj.core.api.Assertions.assertThat;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                @Tag("kata-1.1")
                class AdderTest {
                    @Test
                    void addsTwoNumbers() {
                        assertThat(Adder.add(2, 3)).as("2 + 3").isEqualTo(5);
                    }
                }
                """);
        write(root, "chapters/ch01-demo/ch01-demo.adoc", """
                [[ch01]]
                == Demo

                === Adding, with a plus

                [[kata-1.1]]
                === Kata 1.1: Adding up
                Read first: <<_adding_with_a_plus>>.
                """);
        write(root, "chapters/ch01-demo/hints.adoc", """
                // tag::kata-1.1[]
                . Java has an operator
                  for this.
                . It is `+`.
                // end::kata-1.1[]
                """);
        write(root, "chapters/ch01-demo/wrong/kata-1.1-subtracts.java", "// add(): subtracts b instead of adding it.\nreturn a - b;\n");
        write(root, "chapters/ch01-demo/wrong/kata-1.1-forgets-b.java", "// add(): returns a alone.\nreturn a;\n");
    }

    /** Adds kata 1.2 (double a number) in the same file as 1.1, with its test, section and hints. */
    static void addSecondKata(Path root) throws IOException {
        var solution = root.resolve("solutions/src/main/java/demo/Adder.java");
        Files.writeString(solution, Files.readString(solution).replace("""
                    }
                }
                """, """
                    }
                    public static int twice(int a) {
                        // region kata 1.2: Return twice a.
                        return a + a;
                        // endregion
                    }
                }
                """));
        write(root, "katas/src/test/java/demo/TwiceTest.java", """
                package demo;
                import static org.assertj.core.api.Assertions.assertThat;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                @Tag("kata-1.2")
                class TwiceTest {
                    @Test
                    void doublesANumber() {
                        assertThat(Adder.twice(21)).isEqualTo(42);
                    }
                }
                """);
        var chapter = root.resolve("chapters/ch01-demo/ch01-demo.adoc");
        Files.writeString(chapter, Files.readString(chapter) + "\n=== Doubling up\n\n[[kata-1.2]]\n=== Kata 1.2: Doubling\nRead first: <<Doubling up>>.\n");
        var hints = root.resolve("chapters/ch01-demo/hints.adoc");
        Files.writeString(hints, Files.readString(hints) + "// tag::kata-1.2[]\n. Add it to itself.\n. a + a\n// end::kata-1.2[]\n");
        write(root, "chapters/ch01-demo/wrong/kata-1.2-returns-a.java", "// twice(): returns a once.\nreturn a;\n");
        write(root, "chapters/ch01-demo/wrong/kata-1.2-squares.java", "// twice(): multiplies a by itself.\nreturn a * a;\n");
    }

    /** Adds chapter 2 with kata 2.1 (halve a number) in a file of its own, with its test, section, hints and wrong solutions. */
    static void addChapterTwo(Path root) throws IOException {
        write(root, "solutions/src/main/java/demo/Halver.java", """
                package demo;
                public class Halver {
                    public static int half(int a) {
                        // region kata 2.1: Return half of a.
                        return a / 2;
                        // endregion
                    }
                }
                """);
        write(root, "katas/src/test/java/demo/HalverTest.java", """
                package demo;
                import static org.assertj.core.api.Assertions.assertThat;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                @Tag("ch02")
                @Tag("kata-2.1")
                class HalverTest {
                    @Test
                    void halvesANumber() {
                        assertThat(Halver.half(42)).isEqualTo(21);
                    }
                }
                """);
        write(root, "chapters/ch02-more/ch02-more.adoc", "== More\n\n[[halves]]\n=== Halves\n\n[[kata-2.1]]\n=== Kata 2.1: Halving\nRead first: <<halves>>.\n");
        write(root, "chapters/ch02-more/hints.adoc", "// tag::kata-2.1[]\n. Divide.\n. a / 2\n// end::kata-2.1[]\n");
        write(root, "chapters/ch02-more/wrong/kata-2.1-doubles.java", "// half(): doubles a.\nreturn a * 2;\n");
        write(root, "chapters/ch02-more/wrong/kata-2.1-returns-a.java", "// half(): returns a.\nreturn a;\n");
    }

    /**
     * Adds an approval test to kata 1.1 (a picture of a sum, through the katas' own
     * {@code letitcrash.testing.Approved} and package settings), with its approved file.
     */
    static void addApprovalTest(Path root) throws IOException {
        for (String helper : new String[] {"letitcrash/testing/Approved.java", "letitcrash/PackageSettings.java"}) {
            write(root, "katas/src/test/java/" + helper, Files.readString(CHECKOUT.resolve("katas/src/test/java/" + helper)));
        }
        write(root, "katas/src/test/java/demo/SumPictureTest.java", """
                package demo;
                import letitcrash.testing.Approved;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                @Tag("kata-1.1")
                class SumPictureTest {
                    @Test
                    void picture() {
                        Approved.verify("2 + 3 = " + Adder.add(2, 3) + "\\n", "the sum's picture");
                    }
                }
                """);
        write(root, "katas/src/test/java/demo/SumPictureTest.picture.approved.txt", "2 + 3 = 5\n");
    }

    /** A checkout of katas 1.1 and 1.2, both in one file, with their stubs generated; returns that stub file. */
    static Path withTwoKatas(Path root) throws IOException {
        writeInto(root);
        addSecondKata(root);
        new Contract(new Repo(root)).generate();
        return root.resolve("katas/src/main/java/demo/Adder.java");
    }

    /** Replaces {@code kata}'s TODOs and throws in {@code stub} with {@code body}, as a learner solving it would. */
    static void solve(Path stub, String kata, String body) throws IOException {
        Files.writeString(stub, Files.readString(stub).replaceAll(
                "// TODO\\(kata " + kata.replace(".", "\\.") + "\\).*\\n.*throw new .*", body));
    }

    static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
