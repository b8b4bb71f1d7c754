package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A kata's fingerprint changes with what its tests reach, and with nothing else. */
class ReachTest {

    private static final Map<String, List<String>> TESTS = Map.of("1.1", List.of("demo.OneTest"), "1.2", List.of("demo.TwoTest"));

    @TempDir
    Path resources;

    private final Map<String, String> main = new HashMap<>(Map.of(
            "demo/Shared.java", "package demo; public class Shared { static int base() { return 1; } }",
            "demo/One.java", "package demo; public class One { public static int go() { return Shared.base() + 1; } }",
            "demo/Two.java", "package demo; public class Two { public static int go() { return 2; } }"));
    private final Map<String, String> tests = Map.of(
            // One is reached through a method reference only, Two through a nested class's call.
            "demo/OneTest.java", "package demo; class OneTest { java.util.function.IntSupplier one = One::go; }",
            "demo/TwoTest.java", "package demo; class TwoTest { static class Inner { int two() { return Two.go(); } } }");

    @Test
    void aChangeReachesTheKatasWhoseTestsReachItAndNoOthers() throws IOException {
        try (var build = new Build()) {
            var first = fingerprints(build);
            assertThat(fingerprints(build)).as("nothing changed").isEqualTo(first);

            main.put("demo/Two.java", main.get("demo/Two.java").replace("return 2", "return Math.abs(-2)"));
            var afterTwo = fingerprints(build);
            assertThat(afterTwo.get("1.1")).as("kata 1.1 after a change to Two").isEqualTo(first.get("1.1"));
            assertThat(afterTwo.get("1.2")).as("kata 1.2 after a change to Two, reached from a nested class").isNotEqualTo(first.get("1.2"));

            main.put("demo/Shared.java", main.get("demo/Shared.java").replace("return 1", "return 0"));
            var afterShared = fingerprints(build);
            assertThat(afterShared.get("1.1")).as("kata 1.1 after a change to Shared, which One calls").isNotEqualTo(afterTwo.get("1.1"));
            assertThat(afterShared.get("1.2")).as("kata 1.2 after a change to Shared").isEqualTo(afterTwo.get("1.2"));

            Files.writeString(resources.resolve("schema.sql"), "create table wallet (balance text);");
            var afterResource = fingerprints(build);
            assertThat(afterResource.get("1.1")).as("a resource file changed").isNotEqualTo(afterShared.get("1.1"));
            assertThat(afterResource.get("1.2")).as("a resource file changed").isNotEqualTo(afterShared.get("1.2"));
        }
    }

    private Map<String, String> fingerprints(Build build) {
        assertThat(build.update(new Build.Sources("main", main), new Build.Sources("test", tests))).isEmpty();
        var classPath = new java.util.ArrayList<>(build.classPath());
        classPath.add(resources);
        return Reach.fingerprints(classPath, TESTS);
    }
}
