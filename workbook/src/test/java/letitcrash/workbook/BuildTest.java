package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A build recompiles only what changed, and what was compiled against a signature that changed. */
class BuildTest {

    private static final String CALLER = """
            package demo;
            public class Total {
                public static long of() {
                    return Adder.add(2, 3);
                }
            }
            """;
    private static final Build.Sources TEST = new Build.Sources("katas/src/test/java", Map.of("demo/TotalTest.java", """
            package demo;
            import static org.assertj.core.api.Assertions.assertThat;
            import org.junit.jupiter.api.Tag;
            import org.junit.jupiter.api.Test;
            @Tag("kata-1.1")
            class TotalTest {
                @Test
                void addsUp() {
                    assertThat(Total.of()).isEqualTo(5L);
                }
            }
            """));

    @Test
    void aChangedSignatureRecompilesItsCallers() {
        try (var build = new Build()) {
            assertThat(run(build, "public static int add(int a, int b) { return a + b; }").passed("1.1")).isTrue();

            // Total's source is unchanged and still compiles; its old class calls add(int, int), which is gone.
            var report = run(build, "public static long add(long a, long b) { return a + b; }");

            assertThat(report.results()).singleElement().satisfies(result -> assertThat(result.passed())
                    .as("passed: %s", result.message()).isTrue());
        }
    }

    @Test
    void aChangedBodyRecompilesThatFileAlone() {
        try (var build = new Build()) {
            run(build, "public static int add(int a, int b) { return a + b; }");
            var total = build.classes().resolve("demo/Total.class").toFile();
            long compiled = total.lastModified();
            assertThat(total.setLastModified(compiled - 60_000)).isTrue();

            assertThat(run(build, "public static int add(int a, int b) { return b + a; }").passed("1.1")).isTrue();
            assertThat(total.lastModified()).as("Total.class's time").isEqualTo(compiled - 60_000);
        }
    }

    private static KataRunner.Report run(Build build, String add) {
        var main = new Build.Sources("katas/src/main/java", Map.of(
                "demo/Adder.java", "package demo;\npublic class Adder {\n    " + add + "\n}\n",
                "demo/Total.java", CALLER));
        return KataRunner.runTagged(build, main, TEST, List.of("kata-1.1"), false);
    }
}
