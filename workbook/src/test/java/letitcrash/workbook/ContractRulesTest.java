package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of the contract can fail: a small workbook in a temporary folder breaks one at a time. */
class ContractRulesTest {

    @TempDir
    Path root;

    @BeforeEach
    void aSoundWorkbook() throws IOException {
        TinyWorkbook.writeInto(root);
    }

    @Test
    void aSoundWorkbookKeepsTheContract() {
        var contract = new Contract(new Repo(root));
        contract.generate();

        assertThat(contract.violations()).isEmpty();
        assertThat(contract.outdatedStubs()).isEmpty();
    }

    @Test
    void readsTheKataFromItsParts() {
        var kata = Catalog.read(new Repo(root)).kata("1.1").orElseThrow();

        assertThat(kata.files()).containsExactly("demo/Adder.java");
        assertThat(kata.todo()).isEqualTo("Return the sum of a and b.");
        assertThat(kata.section()).isEqualTo("chapter 1 'Demo', section 'Kata 1.1: Adding up'");
        assertThat(kata.hints()).containsExactly("Java has an operator for this.", "It is `+`.");
    }

    @Test
    void aTestThatPassesOnTheStubBreaksTheContract() throws IOException {
        write("katas/src/test/java/demo/LazyTest.java", """
                package demo;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                @Tag("kata-1.1")
                class LazyTest {
                    @Test
                    void checksNothing() {}
                }
                """);

        assertThat(new Contract(new Repo(root)).violations())
                .containsExactly("kata 1.1: 'checksNothing()' passes on the pristine stub, so it does not check the learner's work");
    }

    @Test
    void aWrongSolutionBreaksTheContract() throws IOException {
        write("solutions/src/main/java/demo/Adder.java", Files.readString(root.resolve("solutions/src/main/java/demo/Adder.java"))
                .replace("a + b", "a - b"));

        assertThat(new Contract(new Repo(root)).violations()).singleElement().asString()
                .startsWith("kata 1.1: the solution fails 'addsTwoNumbers()'").contains("2 + 3");
    }

    @Test
    void aKataWithoutTestsHintsOrSectionBreaksTheContract() throws IOException {
        Files.delete(root.resolve("katas/src/test/java/demo/AdderTest.java"));
        write("chapters/ch01-demo/hints.adoc", "// tag::kata-1.1[]\n. Only one hint.\n// end::kata-1.1[]\n");
        write("chapters/ch01-demo/ch01-demo.adoc", "== Demo\n");

        assertThat(new Contract(new Repo(root)).violations()).containsExactlyInAnyOrder(
                "kata 1.1: no section '[[kata-1.1]]' + '=== Kata 1.1: title' in " + root.resolve("chapters/ch01-demo/ch01-demo.adoc"),
                "kata 1.1: has 1 hint(s) in " + root.resolve("chapters/ch01-demo/hints.adoc")
                        + "; it needs at least two, as an ordered list between '// tag::kata-1.1[]' and its end tag",
                "kata 1.1: no test is tagged @Tag(\"kata-1.1\")");
    }

    @Test
    void aTestForAnUnknownKataBreaksTheContract() throws IOException {
        write("katas/src/test/java/demo/AdderTest.java", Files.readString(root.resolve("katas/src/test/java/demo/AdderTest.java"))
                .replace("@Tag(\"kata-1.1\")", "@Tag(\"kata-1.1\") @Tag(\"kata-1.9\")"));

        assertThat(new Contract(new Repo(root)).violations())
                .containsExactly("kata 1.9: tests are tagged kata-1.9 but no solution has a region for kata 1.9");
    }

    @Test
    void aHandEditedStubIsOutdated() throws IOException {
        var contract = new Contract(new Repo(root));
        contract.generate();
        var stub = root.resolve("katas/src/main/java/demo/Adder.java");
        Files.writeString(stub, Files.readString(stub).replace("throw new", "return 0; //"));

        assertThat(contract.outdatedStubs()).containsExactly(
                "katas/src/main/java/demo/Adder.java differs from the stub generated from solutions/src/main/java/demo/Adder.java");
        assertThat(contract.violations()).as("the contract itself ignores the learner's stubs").isEmpty();
    }

    @Test
    void aMissingOrExtraStubIsOutdated() throws IOException {
        var contract = new Contract(new Repo(root));
        write("katas/src/main/java/demo/Extra.java", "package demo; class Extra {}");

        assertThat(contract.outdatedStubs()).containsExactlyInAnyOrder(
                "katas/src/main/java/demo/Adder.java is missing",
                "katas/src/main/java/letitcrash/KataNotDone.java is missing",
                "katas/src/main/java/demo/Extra.java has no solution in solutions/src/main/java/demo/Extra.java");
    }

    private void write(String path, String text) throws IOException {
        TinyWorkbook.write(root, path, text);
    }
}
