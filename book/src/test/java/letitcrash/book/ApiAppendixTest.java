package letitcrash.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The API appendix ({@code appendix-api.adoc}) is checked against the reference runtime, so
 * that it cannot drift: a section is marked <i>planned</i> exactly when none of its packages
 * exists yet; every type, method and constant its Java column names in a section that is not
 * planned exists and is public; and every public method of the classes a reader calls
 * ({@link #READERS_CALL}) is named somewhere in the appendix.
 */
class ApiAppendixTest {

    static final Path APPENDIX = ChapterScriptsTest.CHAPTERS.resolveSibling("book/src/docs/asciidoc/appendix-api.adoc");

    /** The classes whose whole public API the appendix lists. */
    static final List<String> READERS_CALL = List.of(
            "letitcrash.process.Node", "letitcrash.process.Proc", "letitcrash.process.Shell",
            "letitcrash.server.GenServer", "letitcrash.wallet.Wallet");

    /** How the Java column names an instance: {@code node.spawn(...)} is a {@code Node}. */
    private static final Map<String, String> INSTANCES = Map.of("node", "Node", "shell", "Shell", "task", "Task");

    private static final Pattern PACKAGE = Pattern.compile("letitcrash\\.\\w+");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern MEMBER = Pattern.compile("\\b(\\w+)\\.(\\w+)\\b(\\()?");
    private static final Pattern TYPE = Pattern.compile("^(?:throw )?([A-Z][a-z]\\w*)\\b");

    record Section(String title, List<String> packages, boolean planned, List<String> javaCells, String text) {}

    @TestFactory
    @DisplayName("Each section of the API appendix names only what exists, and is planned only if nothing does")
    Stream<DynamicTest> eachSectionMatchesTheCode() throws IOException {
        return sections().stream().map(section -> DynamicTest.dynamicTest(section.title(), () -> {
            var existing = section.packages().stream().filter(ApiAppendixTest::packageExists).toList();
            assertThat(section.planned())
                    .as("appendix-api.adoc, section \"%s\": marked planned, but %s exist; remove _planned_ "
                            + "(or, if nothing exists, mark it planned)", section.title(), existing)
                    .isEqualTo(existing.isEmpty());
            if (!section.planned()) {
                section.javaCells().forEach(cell -> namesOnlyWhatExists(section, cell));
            }
        }));
    }

    @Test
    @DisplayName("Every public method of the classes a reader calls is in the API appendix")
    void everyPublicMethodIsListed() throws Exception {
        var listed = String.join("\n", sections().stream().filter(s -> !s.planned()).map(Section::text).toList());
        var missing = new ArrayList<String>();
        for (var className : READERS_CALL) {
            for (Method method : Class.forName(className).getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Set.of("toString", "equals", "hashCode")
                        .contains(method.getName()) && !Pattern.compile("\\b" + method.getName() + "\\b").matcher(listed).find()) {
                    missing.add(className + "." + method.getName());
                }
            }
        }
        assertThat(missing).as("public methods that appendix-api.adoc does not name: add a row for each").isEmpty();
    }

    private static void namesOnlyWhatExists(Section section, String cell) {
        for (var code : CODE.matcher(cell).results().map(m -> m.group(1)).toList()) {
            var member = MEMBER.matcher(code);
            while (member.find()) {
                var owner = INSTANCES.getOrDefault(member.group(1), member.group(1));
                if (!Character.isUpperCase(owner.charAt(0))) {
                    continue;
                }
                var type = type(section, owner).orElseThrow(() -> new AssertionError(
                        "appendix-api.adoc, section \"" + section.title() + "\": no public type " + owner + " in "
                                + section.packages() + " (row " + cell + ")"));
                var name = member.group(2);
                boolean exists = Arrays.stream(type.getMethods()).anyMatch(m -> m.getName().equals(name))
                        || Arrays.stream(type.getClasses()).anyMatch(c -> c.getSimpleName().equals(name))
                        || member.group(3) == null && Arrays.stream(type.getFields()).anyMatch(f -> f.getName().equals(name));
                assertThat(exists).as("appendix-api.adoc, section \"%s\": %s has no public %s (row %s)",
                        section.title(), type.getName(), name, cell).isTrue();
            }
            var typeName = TYPE.matcher(code);
            if (typeName.find()) {
                var name = typeName.group(1);
                assertThat(type(section, INSTANCES.getOrDefault(name, name)))
                        .as("appendix-api.adoc, section \"%s\": no public type %s in %s", section.title(), name,
                                section.packages())
                        .isPresent();
            }
        }
    }

    /** The public type {@code simpleName} in the section's packages, or nested in one of {@link #READERS_CALL}. */
    private static Optional<Class<?>> type(Section section, String simpleName) {
        var nested = READERS_CALL.stream().flatMap(name -> load(name).stream())
                .filter(outer -> section.packages().contains(outer.getPackageName()))
                .flatMap(outer -> Arrays.stream(outer.getClasses()));
        return Stream.concat(section.packages().stream().flatMap(pkg -> load(pkg + "." + simpleName).stream()), nested)
                .filter(c -> c.getSimpleName().equals(simpleName) && Modifier.isPublic(c.getModifiers())).findFirst();
    }

    private static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name));
        } catch (ClassNotFoundException absent) {
            return Optional.empty();
        }
    }

    private static boolean packageExists(String pkg) {
        return ApiAppendixTest.class.getClassLoader().getResource(pkg.replace('.', '/')) != null;
    }

    /** The appendix's {@code ===} sections, each with the first cell of every table row. */
    static List<Section> sections() throws IOException {
        var text = Files.readString(APPENDIX);
        var sections = new ArrayList<Section>();
        for (var part : text.split("\n(?==== )")) {
            if (!part.startsWith("=== ")) {
                continue;
            }
            var title = part.lines().findFirst().orElseThrow().substring(4);
            var packages = PACKAGE.matcher(title).results().map(m -> m.group()).toList();
            sections.add(new Section(title, packages, title.contains("_planned_"), javaCells(part), part));
        }
        assertThat(sections).as("sections of %s", APPENDIX).isNotEmpty();
        return sections;
    }

    /** Table rows are three cells, each on its own line after a blank line: the first is the Java one. */
    private static List<String> javaCells(String section) {
        var cells = new ArrayList<String>();
        var lines = section.lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("| ") && lines.get(i - 1).isBlank()) {
                cells.add(lines.get(i).substring(2));
            }
        }
        return cells;
    }
}
