package letitcrash.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
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
 * <p>A {@linkplain #kept kept} build stays between runs of the tool, with an index of what
 * it was compiled from, so that a command finds the learner's code already compiled. A
 * file lock keeps two tools from sharing it: the second gets a temporary build.
 *
 * <p>Not thread-safe: one build belongs to one caller.
 */
final class Build implements AutoCloseable {

    /** A source set: files by path relative to its root, and the folder to name in errors. */
    record Sources(String shownAs, Map<String, String> files) {}

    private final JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    private final Path classes;
    /** The index of a kept build, or null for a temporary one. */
    private final Path index;
    private final FileChannel lock;
    /** What the classes folder was compiled from, as digests by path; empty when it must be built afresh. */
    private final Map<String, String> compiled = new HashMap<>();

    /** A temporary build, deleted on close. */
    Build() {
        this(temporary(), null, null);
    }

    private Build(Path classes, Path index, FileChannel lock) {
        this.classes = classes;
        this.index = index;
        this.lock = lock;
        if (index != null && Files.isRegularFile(index)) {
            Workbook.read(index).lines().map(line -> line.split("\t", 2)).forEach(entry -> compiled.put(entry[1], entry[0]));
        }
    }

    /** The build kept in {@code folder}, or a temporary one while another tool holds it (or it cannot be made). */
    static Build kept(Path folder) {
        try {
            Files.createDirectories(folder.resolve("classes"));
            var channel = FileChannel.open(folder.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() != null) {
                return new Build(folder.resolve("classes"), folder.resolve("index"), channel);
            }
            channel.close();
        } catch (IOException | OverlappingFileLockException cannot) {
            // A temporary build does the same job, only slower to start.
        }
        return new Build();
    }

    private static Path temporary() {
        try {
            return Files.createTempDirectory("workbook-classes");
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
        var texts = new HashMap<String, String>();
        var units = new ArrayList<JavaFileObject>();
        for (var set : List.of(main, tests)) {
            set.files().forEach((path, text) -> texts.put(set.shownAs() + "/" + path, text));
        }
        texts.forEach((path, text) -> wanted.put(path, digest(text)));
        boolean everything = compiled.isEmpty() || !wanted.keySet().containsAll(compiled.keySet())
                || tests.files().keySet().stream().map(t -> tests.shownAs() + "/" + t)
                        .anyMatch(t -> !wanted.get(t).equals(compiled.get(t)));
        if (everything) {
            compiled.clear();
            clear();
            writeIndex();
        }
        wanted.forEach((path, digest) -> {
            if (!digest.equals(compiled.get(path))) {
                units.add(new Source(path, texts.get(path)));
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
        writeIndex();
        return errors;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private void writeIndex() {
        if (index == null) {
            return;
        }
        var lines = new StringBuilder();
        compiled.forEach((path, digest) -> lines.append(digest).append('\t').append(path).append('\n'));
        try {
            Files.writeString(index, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + index, e);
        }
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
        if (index == null) {
            clear();
            classes.toFile().delete();
            return;
        }
        try {
            lock.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release " + index.resolveSibling("lock"), e);
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
