package letitcrash.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles the runtime's sources with the kata tests into a folder of its own, and keeps
 * it: the next {@link #update} recompiles only the runtime files that changed since, which
 * is what lets watch mode answer a save in a fraction of a second. A change to a test, a
 * deleted file or a failed compilation makes the next update compile everything again.
 *
 * <p>Not thread-safe: one build belongs to one caller.
 */
final class Build implements AutoCloseable {

    /** A source set: files by path relative to its root, and the folder to name in errors. */
    record Sources(String shownAs, Map<String, String> files) {}

    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    private final Path classes;
    /** What the classes folder was compiled from; empty when it must be built afresh. */
    private final Map<String, String> compiled = new HashMap<>();

    Build() {
        try {
            classes = Files.createTempDirectory("workbook-classes");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a temporary folder for compiled katas", e);
        }
    }

    Path classes() {
        return classes;
    }

    /** Brings the classes up to date with {@code main} and {@code tests}; returns the compile errors. */
    List<String> update(Sources main, Sources tests) {
        var wanted = new HashMap<String, String>();
        var units = new ArrayList<JavaFileObject>();
        for (var set : List.of(main, tests)) {
            set.files().forEach((path, text) -> wanted.put(set.shownAs() + "/" + path, text));
        }
        boolean everything = compiled.isEmpty() || !wanted.keySet().containsAll(compiled.keySet())
                || tests.files().entrySet().stream().anyMatch(t -> !t.getValue().equals(compiled.get(tests.shownAs() + "/" + t.getKey())));
        if (everything) {
            compiled.clear();
            clear();
        }
        wanted.forEach((path, text) -> {
            if (!text.equals(compiled.get(path))) {
                units.add(new Source(path, text));
            }
        });
        if (units.isEmpty()) {
            return List.of();
        }
        var errors = compile(units);
        if (errors.isEmpty()) {
            compiled.putAll(wanted);
        } else {
            compiled.clear();
        }
        return errors;
    }

    private List<String> compile(List<JavaFileObject> units) {
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        var options = List.of("-d", classes.toString(),
                "-classpath", classes + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                "--release", "25", "-proc:none", "-implicit:none", "-encoding", "UTF-8", "-g", "-nowarn");
        try (var files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            compiler.getTask(null, files, diagnostics, options, null, units).call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(CompileErrors::format)
                .toList();
    }

    private void clear() {
        try (Stream<Path> files = Files.walk(classes)) {
            files.sorted(Comparator.reverseOrder()).filter(f -> !f.equals(classes)).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + classes, e);
        }
    }

    @Override
    public void close() {
        clear();
        classes.toFile().delete();
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
            } catch (URISyntaxException e) {
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
