package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StubGeneratorTest {

    private static final String SOLUTION = """
            class Adder {
                int add(int a, int b) {
                    // region kata 1.1: Return the sum.
                    // tag::adder-add[]
                    return a + b;
                    // end::adder-add[]
                    // endregion
                }
                int twice(int a) {
                    // region kata 1.2: Return twice a.
                    return add(a, a);
                    // endregion
                }
            }""";

    @Test
    void replacesEveryRegionWithItsTodoAndAThrowNamingTheKata() {
        assertThat(StubGenerator.stub("Adder.java", SOLUTION, kata -> true)).isEqualTo("""
                class Adder {
                    int add(int a, int b) {
                        // TODO(kata 1.1): Return the sum.
                        throw new letitcrash.KataNotDone("kata 1.1 is not done yet (book: chapter 1, Kata 1.1)");
                    }
                    int twice(int a) {
                        // TODO(kata 1.2): Return twice a.
                        throw new letitcrash.KataNotDone("kata 1.2 is not done yet (book: chapter 1, Kata 1.2)");
                    }
                }""");
    }

    @Test
    void stubsOnlyTheKatasAskedForAndDropsBookTags() {
        String oneStubbed = StubGenerator.stub("Adder.java", SOLUTION, "1.2"::equals);

        assertThat(oneStubbed).contains("return a + b;").contains("TODO(kata 1.2)")
                .doesNotContain("TODO(kata 1.1)").doesNotContain("tag::");
    }

    @Test
    void listsTheRegionsWithTheirLines() {
        assertThat(StubGenerator.regions("Adder.java", SOLUTION)).containsExactly(
                new StubGenerator.Region("1.1", "Return the sum.", 3, "        "),
                new StubGenerator.Region("1.2", "Return twice a.", 10, "        "));
    }

    @Test
    void replacesOnlyTheRegionsItIsGivenTextFor() {
        String replaced = StubGenerator.replace("Adder.java", SOLUTION, region -> region.kata().equals("1.2") ? "return 0;" : null);

        assertThat(replaced).contains("return a + b;").contains("    int twice(int a) {\nreturn 0;\n    }")
                .doesNotContain("add(a, a)").doesNotContain("region kata 1.2").contains("region kata 1.1");
    }

    @Test
    void rejectsARegionWithoutAnEnd() {
        assertThatThrownBy(() -> StubGenerator.regions("Broken.java", "// region kata 1.1: x\nreturn 1;\n"))
                .hasMessageContaining("Broken.java:1").hasMessageContaining("no '// endregion'");
    }

    @Test
    void rejectsAnEndWithoutARegion() {
        assertThatThrownBy(() -> StubGenerator.regions("Broken.java", "return 1;\n// endregion\n"))
                .hasMessageContaining("Broken.java:2");
    }

    @Test
    void rejectsNestedRegions() {
        assertThatThrownBy(() -> StubGenerator.regions("Broken.java",
                "// region kata 1.1: a\n// region kata 1.2: b\n// endregion\n// endregion\n"))
                .hasMessageContaining("Broken.java:2").hasMessageContaining("inside the region that starts on line 1");
    }
}
