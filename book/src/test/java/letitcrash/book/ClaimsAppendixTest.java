package letitcrash.book;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.TreeScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The claims appendix ({@code appendix-claims.adoc}) cannot drift from the book and the tests:
 * each row of its table has a chapter cell with a cross reference to an anchor the book
 * defines, a run cell that says what runs, and a test cell whose every {@code pkg.Class} or
 * {@code pkg.Class.method} (under {@code letitcrash}) names a test class of
 * {@link #TEST_ROOTS}, and a method of it that carries a test annotation
 * ({@link #TEST_ANNOTATIONS}); a class named alone must declare at least one. The test
 * sources are parsed with the JDK's own compiler ({@code com.sun.source}): the book module
 * does not depend on the tests, and a parse needs no classes.
 */
class ClaimsAppendixTest {

    static final Path FILE = ChapterScriptsTest.ASCIIDOC.resolve("appendix-claims.adoc");
    static final List<Path> TEST_ROOTS = List.of(ChapterScriptsTest.CHAPTERS.resolveSibling("katas/src/test/java"),
            ChapterScriptsTest.CHAPTERS.resolveSibling("reference/src/test/java"));
    static final Set<String> TEST_ANNOTATIONS = Set.of("Test", "TestFactory", "ParameterizedTest", "RepeatedTest",
            "TestTemplate", "Property", "Example");

    private static final Pattern XREF = Pattern.compile("<<([\\w.-]+)(?:,[^>]*)?>>");
    private static final Pattern ANCHOR = Pattern.compile("\\[\\[([\\w.-]+)(?:,[^]]*)?]]|\\[#([\\w.-]+)");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern TEST_NAME = Pattern.compile("(?:letitcrash\\.)?((?:[a-z]\\w*\\.)+)([A-Z]\\w*)(?:\\.([a-z]\\w*))?");
    private static final Map<Path, Map<String, Set<String>>> PARSED = new HashMap<>();

    record Row(int line, List<String> cells) {
        String where() {
            var claim = cells.getFirst();
            return "appendix-claims.adoc:" + line + " (claim " + (claim.length() > 60 ? claim.substring(0, 60) + "..." : claim) + ")";
        }
    }

    @TestFactory
    @DisplayName("Each claim of the essay has a chapter that resolves, a run and a test that exists")
    Stream<DynamicTest> eachClaimHasAChapterARunAndATest() throws IOException {
        var rows = rows();
        assertThat(rows).as("rows of the table in %s", FILE).isNotEmpty();
        var anchors = anchors();
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.where(), () -> {
            assertThat(row.cells()).as("%s: cells (claim, chapter, run, test)", row.where()).hasSize(4);
            var problems = new ArrayList<String>();
            var xrefs = XREF.matcher(row.cells().get(1)).results().map(m -> m.group(1)).toList();
            if (xrefs.isEmpty()) {
                problems.add("the chapter cell \"" + row.cells().get(1) + "\" has no <<anchor>>");
            }
            xrefs.stream().filter(id -> !anchors.contains(id))
                    .forEach(id -> problems.add("<<" + id + ">> names no [[" + id + "]] of the book"));
            if (row.cells().get(2).isBlank()) {
                problems.add("the run cell is empty");
            }
            var tests = CODE.matcher(row.cells().get(3)).results().map(m -> m.group(1)).toList();
            if (tests.isEmpty()) {
                problems.add("the test cell names no test: \"" + row.cells().get(3) + "\"");
            }
            tests.forEach(test -> problems.addAll(testProblems(test)));
            assertThat(problems).as(row.where()).isEmpty();
        }));
    }

    private static List<String> testProblems(String test) {
        var name = TEST_NAME.matcher(test);
        if (!name.matches()) {
            return List.of("`" + test + "` is not pkg.Class or pkg.Class.method");
        }
        var relative = Path.of("letitcrash", name.group(1).split("\\.")).resolve(name.group(2) + ".java");
        var file = TEST_ROOTS.stream().map(root -> root.resolve(relative)).filter(Files::isRegularFile).findFirst();
        if (file.isEmpty()) {
            return List.of("`" + test + "`: no " + relative + " under " + TEST_ROOTS);
        }
        var methods = testMethods(file.get());
        var method = name.group(3);
        if (method == null) {
            return methods.values().stream().anyMatch(a -> a.stream().anyMatch(TEST_ANNOTATIONS::contains)) ? List.of()
                    : List.of("`" + test + "`: " + file.get() + " declares no method annotated with one of " + TEST_ANNOTATIONS);
        }
        if (!methods.containsKey(method)) {
            return List.of("`" + test + "`: " + file.get() + " declares no method " + method);
        }
        return methods.get(method).stream().anyMatch(TEST_ANNOTATIONS::contains) ? List.of()
                : List.of("`" + test + "`: " + method + " carries " + methods.get(method) + ", none of " + TEST_ANNOTATIONS);
    }

    /** Every method the file declares, in any of its classes, with the simple names of its annotations. */
    private static synchronized Map<String, Set<String>> testMethods(Path file) {
        return PARSED.computeIfAbsent(file, f -> {
            var compiler = ToolProvider.getSystemJavaCompiler();
            var methods = new HashMap<String, Set<String>>();
            try (var files = compiler.getStandardFileManager(null, null, UTF_8)) {
                var task = (JavacTask) compiler.getTask(null, files, null, List.of("-proc:none"), null, files.getJavaFileObjects(f));
                for (var unit : task.parse()) {
                    unit.accept(new TreeScanner<Void, Void>() {
                        @Override
                        public Void visitMethod(MethodTree method, Void unused) {
                            method.getModifiers().getAnnotations().forEach(a -> methods.computeIfAbsent(method.getName().toString(),
                                    k -> new HashSet<>()).add(a.getAnnotationType().toString().replaceAll(".*\\.", "")));
                            methods.computeIfAbsent(method.getName().toString(), k -> new HashSet<>());
                            return super.visitMethod(method, unused);
                        }
                    }, null);
                }
            } catch (IOException e) {
                throw new AssertionError("cannot parse " + f, e);
            }
            return methods;
        });
    }

    /** The table's rows after its header: each a block of cells, one per line, between blank lines. */
    static List<Row> rows() throws IOException {
        var lines = Files.readAllLines(FILE);
        int start = lines.indexOf("|===");
        assertThat(start).as("a table (|===) in %s", FILE).isNotNegative();
        int end = lines.subList(start + 1, lines.size()).indexOf("|===") + start + 1;
        var rows = new ArrayList<Row>();
        List<String> cells = null;
        int header = lines.subList(start + 1, end).indexOf("") + start + 1;
        for (int i = header + 1; i < end; i++) {
            var line = lines.get(i);
            if (line.isBlank()) {
                cells = null;
            } else if (line.startsWith("|")) {
                if (cells == null) {
                    cells = new ArrayList<>();
                    rows.add(new Row(i + 1, cells));
                }
                cells.add(line.substring(1).strip());
            } else if (cells != null && !cells.isEmpty()) {
                cells.set(cells.size() - 1, cells.getLast() + " " + line.strip());
            }
        }
        return rows;
    }

    /** The ids the book's sources define: {@code [[id]]} or {@code [#id]}. */
    private static Set<String> anchors() throws IOException {
        var ids = new HashSet<String>();
        var folders = List.of(ChapterScriptsTest.CHAPTERS, FILE.getParent());
        for (var folder : folders) {
            try (var files = Files.walk(folder)) {
                for (var file : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
                    ANCHOR.matcher(Files.readString(file)).results()
                            .forEach(m -> ids.add(m.group(1) != null ? m.group(1) : m.group(2)));
                }
            }
        }
        return ids;
    }
}
