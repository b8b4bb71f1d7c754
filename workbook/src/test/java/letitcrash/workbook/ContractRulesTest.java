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
        assertThat(kata.reading()).isEqualTo("chapter 1 'Demo', section 'Adding, with a plus', then 'Kata 1.1: Adding up'");
        assertThat(kata.hints()).containsExactly("Java has an operator for this.", "It is `+`.");
    }

    @Test
    void showsLiteralCodeInAHintWithoutItsPluses() throws IOException {
        write("chapters/ch01-demo/hints.adoc", "// tag::kata-1.1[]\n. Think.\n. `+return a <= b ? b + a : a + b;+` or `+`.\n// end::kata-1.1[]\n");

        assertThat(Catalog.read(new Repo(root)).kata("1.1").orElseThrow().hints())
                .containsExactly("Think.", "`return a <= b ? b + a : a + b;` or `+`.");
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
    void aKataTagInheritedFromAnotherFileBreaksTheContract() throws IOException {
        write("katas/src/test/java/demo/AdderTests.java", """
                package demo;
                import org.junit.jupiter.api.Tag;
                @Tag("kata-1.1")
                abstract class AdderTests {}
                """);
        write("katas/src/test/java/demo/MoreAdderTest.java", """
                package demo;
                import static org.assertj.core.api.Assertions.assertThat;
                import org.junit.jupiter.api.Test;
                class MoreAdderTest extends AdderTests {
                    @Test
                    void addsZero() {
                        assertThat(Adder.add(2, 0)).isEqualTo(2);
                    }
                }
                """);

        assertThat(new Contract(new Repo(root)).violations()).containsExactly("kata 1.1: demo.MoreAdderTest#addsZero is in a file"
                + " that does not write out @Tag(\"kata-1.1\") (the tag is inherited or composed), so ./learn would not run it:"
                + " write the tag in the test's own file");
    }

    /** On a busy machine a correct test can be stopped at its limit: the check runs once more, alone, and passes. */
    @Test
    void aCheckStoppedOnceAtATimeLimitRunsAgainAloneAndKeepsTheContract() throws IOException {
        var once = root.resolve("slow-once");
        write("katas/src/test/java/demo/AdderTest.java", """
                package demo;
                import static org.assertj.core.api.Assertions.assertThat;
                import java.util.concurrent.TimeUnit;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                import org.junit.jupiter.api.Timeout;
                @Tag("kata-1.1")
                class AdderTest {
                    @Test
                    @Timeout(value = 3, unit = TimeUnit.SECONDS)
                    void addsTwoNumbers() throws Exception {
                        int sum = Adder.add(2, 3);
                        if (sum == 5 && new java.io.File("%s").createNewFile()) {
                            Thread.sleep(30_000); // the right answer, slow the first time only
                        }
                        assertThat(sum).as("2 + 3").isEqualTo(5);
                    }
                }
                """.formatted(once.toString().replace("\\", "\\\\")));

        assertThat(new Contract(new Repo(root)).violations()).isEmpty();
        assertThat(once).as("the first run was slow and stopped").exists();
    }

    @Test
    void aWrongSolutionBreaksTheContract() throws IOException {
        write("solutions/src/main/java/demo/Adder.java", Files.readString(root.resolve("solutions/src/main/java/demo/Adder.java"))
                .replace("a + b", "a - b"));

        assertThat(new Contract(new Repo(root)).violations()).singleElement().asString()
                .startsWith("kata 1.1: on the solution, these tests fail:\n  'addsTwoNumbers()' (kata 1.1): ").contains("2 + 3");
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
    void aKataWhoseSectionNamesNoConceptSectionOrAMissingOneBreaksTheContract() throws IOException {
        String prose = Files.readString(root.resolve("chapters/ch01-demo/ch01-demo.adoc"));
        String rule = "kata 1.1: its section's first line names no section of the chapter that explains it: write"
                + " 'Read first: <<Section title>>.' under '=== Kata 1.1: Adding up'";

        write("chapters/ch01-demo/ch01-demo.adoc", prose.replace("Read first: <<_adding_with_a_plus>>.\n", ""));
        assertThat(new Contract(new Repo(root)).violations()).containsExactly(rule);

        write("chapters/ch01-demo/ch01-demo.adoc", prose.replace("<<_adding_with_a_plus>>", "<<Subtracting>>"));
        assertThat(new Contract(new Repo(root)).violations()).containsExactly(rule);

        write("chapters/ch01-demo/ch01-demo.adoc", prose.replace("<<_adding_with_a_plus>>", "<<Adding, with a plus>>"));
        assertThat(new Contract(new Repo(root)).violations()).as("a title with a comma cannot be a cross reference").containsExactly(rule);
    }

    @Test
    void aKataSectionNamesItsConceptByTitleAnchorOrAsciidoctorsId() throws IOException {
        TinyWorkbook.addSecondKata(root);
        TinyWorkbook.addChapterTwo(root);
        var catalog = Catalog.read(new Repo(root));

        assertThat(catalog.katas()).extracting(Kata::concept).containsExactly("Adding, with a plus", "Doubling up", "Halves");
        assertThat(Catalog.autoId("The loop: init, call, cast, info, stop")).isEqualTo("_the_loop_init_call_cast_info_stop");
        assertThat(Catalog.autoId("The exit-signal table")).isEqualTo("_the_exit-signal_table");
        assertThat(Catalog.autoId("`spawn` and `spawn_link`")).isEqualTo("_spawn_and_spawn_link");
    }

    @Test
    void aHintBeforeTheLastThatGivesCodeBreaksTheContract() throws IOException {
        write("chapters/ch01-demo/hints.adoc", """
                // tag::kata-1.1[]
                . Java has an operator for this.
                . Write `return a + b;` and `add` is done.
                . It is `+`.
                // end::kata-1.1[]
                """);

        assertThat(new Contract(new Repo(root)).violations()).containsExactly(
                "kata 1.1: hint 2 of 3 in " + root.resolve("chapters/ch01-demo/hints.adoc") + " gives code (`return a + b;`);"
                        + " only the last hint may: name the type, field or method, and point to the prose or table instead");
    }

    @Test
    void hintsThatNameThingsAndLeaveTheCodeToTheLastKeepTheContract() throws IOException {
        write("chapters/ch01-demo/hints.adoc", """
                // tag::kata-1.1[]
                . `add` gets two `int` values; `Integer.sum()` would do, and so would an operator.
                . Read "Adding up" again: the sum of `a` and `b`, the row `+{a, b}+` of its table.
                . `return a + b;`
                // end::kata-1.1[]
                """);

        assertThat(new Contract(new Repo(root)).violations()).isEmpty();
    }

    @Test
    void aTestForAnUnknownKataBreaksTheContract() throws IOException {
        write("katas/src/test/java/demo/AdderTest.java", Files.readString(root.resolve("katas/src/test/java/demo/AdderTest.java"))
                .replace("@Tag(\"kata-1.1\")", "@Tag(\"kata-1.1\") @Tag(\"kata-1.9\")"));

        assertThat(new Contract(new Repo(root)).violations())
                .containsExactly("kata 1.9: tests are tagged kata-1.9 but no solution has a region for kata 1.9");
    }

    @Test
    void aWrongSolutionThatPassesTheTestsBreaksTheContract() throws IOException {
        write("chapters/ch01-demo/wrong/kata-1.1-adds-backwards.java", "// add(): adds a to b, the other way round.\nreturn b + a;\n");

        assertThat(new Contract(new Repo(root)).violations()).containsExactly(
                "kata 1.1: the wrong solution chapters/ch01-demo/wrong/kata-1.1-adds-backwards.java"
                        + " (add(): adds a to b, the other way round.) passes all 1 of the kata's tests:"
                        + " the tests let it through; add a test that catches it");
    }

    @Test
    void aWrongSolutionThatOnlyALaterKataCanShowIsCaughtByThatKatasTests() throws IOException {
        TinyWorkbook.addSecondKata(root);
        write("katas/src/test/java/demo/TwiceOfASumTest.java", """
                package demo;
                import static org.assertj.core.api.Assertions.assertThat;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                @Tag("kata-1.2")
                class TwiceOfASumTest {
                    @Test
                    void doublesANegativeSum() {
                        assertThat(Adder.twice(Adder.add(-2, 1))).isEqualTo(-2);
                    }
                }
                """);
        write("chapters/ch01-demo/wrong/kata-1.1-drops-the-sign.java",
                "// add(): adds the size of a, right only for the positive numbers of kata 1.1's test (caught by kata 1.2).\n"
                        + "return Math.abs(a) + b;\n");
        write("chapters/ch01-demo/wrong/kata-1.2-names-an-earlier-kata.java",
                "// twice(): returns a once (caught by kata 1.1).\nreturn a;\n");

        assertThat(new Contract(new Repo(root)).violations()).containsExactly(
                "chapters/ch01-demo/wrong/kata-1.2-names-an-earlier-kata.java: says it is caught by kata 1.1,"
                        + " which is no later kata");
    }

    @Test
    void aTodoLineThatGivesCodeBreaksTheContract() throws IOException {
        todo("Return Integer.sum(a, b), or a + b; either will do.");

        assertThat(new Contract(new Repo(root)).violations()).containsExactly(
                "kata 1.1: its region marker gives code (`Integer.sum(a,`); its TODO line says what to achieve, not how,"
                        + " as the hints before the last do: leave the code to the last hint");
    }

    @Test
    void aTodoLineInPlainWordsKeepsTheContract() throws IOException {
        todo("If a or b is zero, the other; for the rest, their sum (see the table).");

        assertThat(new Contract(new Repo(root)).violations()).isEmpty();
    }

    @Test
    void aWrongSolutionMustNameARegionOfItsKata() throws IOException {
        write("chapters/ch01-demo/wrong/kata-1.1-elsewhere.java", "// sum(): no such method.\nreturn 0;\n");
        write("chapters/ch01-demo/wrong/notes.txt", "not a wrong solution");

        assertThat(new Contract(new Repo(root)).violations()).containsExactlyInAnyOrder(
                "chapters/ch01-demo/wrong/kata-1.1-elsewhere.java: names the region in sum(),"
                        + " but kata 1.1's regions are in add() in demo/Adder.java",
                "chapters/ch01-demo/wrong/notes.txt: not a wrong solution; name it kata-N.M-short-name.java and begin it"
                        + " with '// method(): the mistake', then the code that replaces the kata's region in that method");
    }

    @Test
    void aWrongSolutionThatNoLongerCompilesBreaksTheContract() throws IOException {
        write("chapters/ch01-demo/wrong/kata-1.1-forgets-b.java", "// add(): returns a alone.\nreturn c;\n");

        assertThat(new Contract(new Repo(root)).violations()).singleElement().asString()
                .startsWith("kata 1.1: the wrong solution chapters/ch01-demo/wrong/kata-1.1-forgets-b.java (add(): returns a alone.)"
                        + " does not compile in place of the region in add() in demo/Adder.java")
                .contains("cannot find symbol");
    }

    @Test
    void aKataNeedsTwoWrongSolutions() throws IOException {
        Files.delete(root.resolve("chapters/ch01-demo/wrong/kata-1.1-subtracts.java"));

        assertThat(new Contract(new Repo(root)).violations()).singleElement().asString()
                .startsWith("kata 1.1: has 1 wrong solution(s) in chapters/ch01-demo/wrong; it needs at least two");
    }

    @Test
    void aRegionWhoseRemovalChangesNothingBreaksTheContract() throws IOException {
        var adder = root.resolve("solutions/src/main/java/demo/Adder.java");
        write("solutions/src/main/java/demo/Adder.java", Files.readString(adder).replace("""
                    }
                }
                """, """
                    }
                    static int zero() {
                        // region kata 1.1: Return zero.
                        return 0;
                        // endregion
                    }
                }
                """));

        assertThat(new Contract(new Repo(root)).violations()).containsExactly(
                "kata 1.1: its region in zero() in demo/Adder.java, stubbed alone, fails none of the kata's tests:"
                        + " a region whose removal changes nothing is a defect (remove it, or add a test that needs it)");
    }

    @Test
    void aChapterWhoseTestsNeedALaterKataBreaksTheContract() throws IOException {
        TinyWorkbook.addChapterTwo(root);
        assertThat(new Contract(new Repo(root)).violations()).as("two sound chapters").isEmpty();
        write("katas/src/test/java/demo/AheadTest.java", """
                package demo;
                import static org.assertj.core.api.Assertions.assertThat;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                @Tag("ch01")
                class AheadTest {
                    @Test
                    void usesChapterTwo() {
                        assertThat(Adder.add(Halver.half(4), 1)).isEqualTo(3);
                    }
                }
                """);

        assertThat(new Contract(new Repo(root)).violations()).singleElement().asString()
                .startsWith("kata 1.1: with every kata after it stubbed, these tests fail: they need a later kata"
                        + " (tag each with the kata it needs), unless the solution is wrong (the reference module's run says):\n  'usesChapterTwo()' (chapter 1): ")
                .contains("kata 2.1 is not done yet (book: chapter 2, Kata 2.1)");
    }

    @Test
    void aKataWhoseTestsNeedALaterKataOfItsChapterBreaksTheContract() throws IOException {
        TinyWorkbook.addSecondKata(root);
        assertThat(new Contract(new Repo(root)).violations()).as("two sound katas").isEmpty();
        write("katas/src/test/java/demo/AheadTest.java", """
                package demo;
                import static org.assertj.core.api.Assertions.assertThat;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                @Tag("kata-1.1")
                class AheadTest {
                    @Test
                    void usesKataOneTwo() {
                        assertThat(Adder.add(Adder.twice(2), 1)).isEqualTo(5);
                    }
                }
                """);

        assertThat(new Contract(new Repo(root)).violations()).singleElement().asString()
                .startsWith("kata 1.1: with every kata after it stubbed, these tests fail: they need a later kata"
                        + " (tag each with the kata it needs), unless the solution is wrong (the reference module's run says):\n  'usesKataOneTwo()' (kata 1.1): ")
                .contains("kata 1.2 is not done yet (book: chapter 1, Kata 1.2)");
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

    /** Gives kata 1.1's region marker {@code line} as its TODO. */
    private void todo(String line) throws IOException {
        var solution = root.resolve("solutions/src/main/java/demo/Adder.java");
        write("solutions/src/main/java/demo/Adder.java", Files.readString(solution).replace("Return the sum of a and b.", line));
    }

    private void write(String path, String text) throws IOException {
        TinyWorkbook.write(root, path, text);
    }
}
