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
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
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
    /** Kept from one compilation to the next: it reads the JDK's and the libraries' classes once. */
    private StandardJavaFileManager files;
    private final Path classes;
    /** What the katas' tests need beyond the runtime: {@link Repo#kataClassPath}. */
    private final List<Path> libraries;
    /** The index of a kept build, or null for a temporary one. */
    private final Path index;
    private final FileChannel lock;
    /** What the classes folder was compiled from, as digests by path; empty when it must be built afresh. */
    private final Map<String, String> compiled = new HashMap<>();
    /**
     * The text each path had at the last update, with its digest: most come back unchanged (in
     * the contract, the very same strings), and digesting every source at every update took a
     * thirtieth of the contract's time.
     */
    private final Map<String, Map.Entry<String, String>> digests = new HashMap<>();

    /** A temporary build with the tool's own libraries, deleted on close. */
    Build() {
        this(List.of());
    }

    /** A temporary build, deleted on close, that compiles and runs with {@code libraries} too. */
    Build(List<Path> libraries) {
        this(temporary(), libraries, null, null);
    }

    private Build(Path classes, List<Path> libraries, Path index, FileChannel lock) {
        this.classes = classes;
        this.libraries = List.copyOf(libraries);
        this.index = index;
        this.lock = lock;
        if (index != null && Files.isRegularFile(index)) {
            Workbook.read(index).lines().map(line -> line.split("\t", 2)).forEach(entry -> compiled.put(entry[1], entry[0]));
        }
    }

    /**
     * The build of {@code repo}'s katas kept in {@code katas/target/learn}, or a temporary one
     * while another tool holds it (or it cannot be made).
     */
    static Build kept(Repo repo) {
        var folder = repo.root().resolve("katas/target/learn");
        var libraries = repo.kataClassPath();
        try {
            Files.createDirectories(folder.resolve("classes"));
            var channel = FileChannel.open(folder.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            if (channel.tryLock() != null) {
                return new Build(folder.resolve("classes"), libraries, folder.resolve("index"), channel);
            }
            channel.close();
        } catch (IOException | OverlappingFileLockException cannot) {
            // A temporary build does the same job, only slower to start.
        }
        return new Build(libraries);
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

    /** What the compiled tests run with: the classes folder, then the libraries. */
    List<Path> classPath() {
        var path = new ArrayList<>(List.of(classes));
        path.addAll(libraries);
        return path;
    }

    /**
     * Makes this build what {@code other} is, by copying its classes rather than compiling:
     * the kata contract's second build starts from the first's compilation of the solution.
     */
    void copyOf(Build other) {
        clear();
        try (Stream<Path> files = Files.walk(other.classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                var target = classes.resolve(other.classes.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the compiled classes of " + other.classes, e);
        }
        compiled.clear();
        compiled.putAll(other.compiled);
        writeIndex();
    }

    /** Brings the classes up to date with {@code main} and {@code tests}; returns the compile errors. */
    List<String> update(Sources main, Sources tests) {
        var wanted = new HashMap<String, String>();
        var texts = new HashMap<String, String>();
        var units = new ArrayList<JavaFileObject>();
        for (var set : List.of(main, tests)) {
            set.files().forEach((path, text) -> texts.put(set.shownAs() + "/" + path, text));
        }
        texts.forEach((path, text) -> wanted.put(path, digestOf(path, text)));
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
        var outputs = new Outputs();
        var errors = compile(units, outputs);
        if (errors.isEmpty() && outputs.signaturesChanged() && units.size() < texts.size()) {
            // The classes compiled against the old signatures would fail when run (NoSuchMethodError): compile them too.
            clear();
            units.clear();
            texts.forEach((path, text) -> units.add(new Source(path, text)));
            errors = compile(units, new Outputs());
        }
        if (errors.isEmpty()) {
            compiled.putAll(wanted);
        } else {
            compiled.clear();
        }
        writeIndex();
        return errors;
    }

    private String digestOf(String path, String text) {
        var known = digests.get(path);
        if (known != null && known.getKey().equals(text)) {
            return known.getValue();
        }
        String digest = digest(text.getBytes(StandardCharsets.UTF_8));
        digests.put(path, Map.entry(text, digest));
        return digest;
    }

    /** The SHA-256 digest of {@code bytes}, in hex. */
    static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
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

    private List<String> compile(List<JavaFileObject> units, Outputs outputs) {
        var diagnostics = new DiagnosticCollector<JavaFileObject>();
        var path = new ArrayList<>(classPath().stream().map(Path::toString).toList());
        path.add(System.getProperty("java.class.path"));
        var options = List.of("-d", classes.toString(), "-classpath", String.join(java.io.File.pathSeparator, path),
                "--release", "25", "-proc:none", "-implicit:none", "-encoding", "UTF-8", "-g", "-nowarn");
        compiler.getTask(null, outputs, diagnostics, options, null, units).call();
        return diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(CompileErrors::format)
                .toList();
    }

    private StandardJavaFileManager fileManager() {
        if (files == null) {
            files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        }
        return files;
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
        if (files != null) {
            try {
                files.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close the compiler's files", e);
            }
        }
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

    /**
     * The compiler's files for one compilation, noting the signatures of each class file it
     * is about to replace ({@link ClassSignatures}), so that {@link #signaturesChanged} can tell
     * whether classes compiled against the old ones are now stale.
     */
    private final class Outputs extends ForwardingJavaFileManager<StandardJavaFileManager> {
        private final Map<String, String> before = new HashMap<>();

        Outputs() {
            super(fileManager());
        }

        @Override
        public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                FileObject sibling) throws IOException {
            if (ClassSignatures.nameable(className)) {
                var old = classFile(className);
                before.put(className, Files.isRegularFile(old) ? ClassSignatures.of(Files.readAllBytes(old)) : "");
            }
            return super.getJavaFileForOutput(location, className, kind, sibling);
        }

        /** Whether a class that existed before this compilation has other signatures now. */
        boolean signaturesChanged() {
            try {
                for (var entry : before.entrySet()) {
                    var now = classFile(entry.getKey());
                    if (!entry.getValue().isEmpty() && Files.isRegularFile(now)
                            && !entry.getValue().equals(ClassSignatures.of(Files.readAllBytes(now)))) {
                        return true;
                    }
                }
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the compiled classes in " + classes, e);
            }
        }

        private Path classFile(String className) {
            return classes.resolve(className.replace('.', '/') + ".class");
        }

        @Override
        public void close() {
            // The build's own file manager outlives this compilation.
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
