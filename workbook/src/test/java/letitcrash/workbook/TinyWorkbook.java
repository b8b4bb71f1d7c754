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

                [[kata-1.1]]
                === Kata 1.1: Adding up
                """);
        write(root, "chapters/ch01-demo/hints.adoc", """
                // tag::kata-1.1[]
                . Java has an operator
                  for this.
                . It is `+`.
                // end::kata-1.1[]
                """);
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
        Files.writeString(chapter, Files.readString(chapter) + "\n[[kata-1.2]]\n=== Kata 1.2: Doubling\n");
        var hints = root.resolve("chapters/ch01-demo/hints.adoc");
        Files.writeString(hints, Files.readString(hints) + "// tag::kata-1.2[]\n. Add it to itself.\n. a + a\n// end::kata-1.2[]\n");
    }

    static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
