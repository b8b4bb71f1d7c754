package letitcrash.workbook;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.TagFilter.includeTags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Compiles a set of runtime sources with the kata tests, in this JVM, and runs the tests
 * of the katas asked for. The classes live in a class loader of their own, so each run
 * sees exactly the sources it was given: the learner's stubs, the reference solution, or
 * a solution with one kata stubbed out.
 *
 * <p>Every test gets a timeout, so learner code that loops or deadlocks fails its test
 * instead of hanging the run.
 */
final class KataRunner {

    /** How long one test may run before it is failed as hanging. */
    static final String TEST_TIMEOUT = "10 s";

    /** One test's outcome. */
    record TestResult(String kata, String test, boolean passed, String message) {}

    /** What a run found: compile errors (and then no results), or one result per test run. */
    record Report(List<String> compileErrors, List<TestResult> results) {

        boolean compiled() {
            return compileErrors.isEmpty();
        }

        List<TestResult> of(String kata) {
            return results.stream().filter(r -> r.kata().equals(kata)).toList();
        }

        /** Whether {@code kata} has tests and all of them passed. */
        boolean passed(String kata) {
            var mine = of(kata);
            return compiled() && !mine.isEmpty() && mine.stream().allMatch(TestResult::passed);
        }
    }

    /** A source set: files by path relative to its root, and the folder to name in errors. */
    record Sources(String shownAs, Map<String, String> files) {}

    private KataRunner() {}

    /** Compiles {@code main} with {@code tests} and runs the tests tagged with any of {@code katas} (none: only compiles). */
    static Report run(Sources main, Sources tests, Collection<String> katas) {
        Path classes = null;
        try {
            classes = Files.createTempDirectory("workbook-classes");
            var errors = compile(List.of(main, tests), classes);
            if (!errors.isEmpty()) {
                return new Report(errors, List.of());
            }
            return new Report(List.of(), katas.isEmpty() ? List.of() : runTests(classes, tests, katas));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compile the katas in a temporary folder", e);
        } finally {
            deleteQuietly(classes);
        }
    }

    private static List<String> compile(List<Sources> sets, Path classes) {
        var compiler = ToolProvider.getSystemJavaCompiler();
        var units = new ArrayList<JavaFileObject>();
        for (var set : sets) {
            set.files().forEach((path, text) -> units.add(new Source(set.shownAs() + "/" + path, text)));
        }
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        var options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                "--release", "25", "-proc:none", "-implicit:none", "-encoding", "UTF-8", "-g", "-nowarn");
        try (var files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            compiler.getTask(null, files, diagnostics, options, null, units).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ")
                        + d.getMessage(Locale.ROOT))
                .toList();
    }

    private static List<TestResult> runTests(Path classes, Sources tests, Collection<String> katas) throws IOException {
        var results = new ArrayList<TestResult>();
        var previous = Thread.currentThread().getContextClassLoader();
        try (var loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, KataRunner.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            var request = LauncherDiscoveryRequestBuilder.request()
                    .selectors(tests.files().keySet().stream()
                            .map(path -> path.substring(0, path.length() - ".java".length()).replace('/', '.'))
                            .map(name -> selectClass(load(loader, name)))
                            .toList())
                    .filters(includeTags(katas.stream().map(k -> "kata-" + k).toList()))
                    .configurationParameter("junit.jupiter.execution.timeout.default", TEST_TIMEOUT)
                    .configurationParameter("junit.jupiter.execution.timeout.thread.mode.default", "SEPARATE_THREAD")
                    .build();
            LauncherFactory.create().execute(request, listener(results));
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        return results;
    }

    private static TestExecutionListener listener(List<TestResult> results) {
        return new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    String kata = test.getTags().stream().map(TestTag::getName)
                            .filter(t -> t.startsWith("kata-")).map(t -> t.substring(5)).findFirst().orElse("");
                    String message = result.getThrowable().map(KataRunner::describe).orElse("");
                    results.add(new TestResult(kata, test.getDisplayName(),
                            result.getStatus() == TestExecutionResult.Status.SUCCESSFUL, message));
                }
            }
        };
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled " + name + " but cannot load it", e);
        }
    }

    /** What went wrong, as the learner should read it: the real failure, not its wrapper. */
    private static String describe(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof ExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? "" : cause.getMessage().strip();
        return cause instanceof AssertionError ? message : cause.getClass().getName() + (message.isEmpty() ? "" : ": " + message);
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException ignored) {
            // A leftover temporary folder is harmless.
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String path, String text) {
            super(uri(path), Kind.SOURCE);
            this.text = text;
        }

        private static URI uri(String path) {
            try {
                return new URI("string", null, "/" + path, null);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("not a usable source path: " + path, e);
            }
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }

        @Override
        public String getName() {
            return toUri().getPath().substring(1);
        }
    }
}
