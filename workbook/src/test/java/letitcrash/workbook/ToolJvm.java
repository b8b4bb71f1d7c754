package letitcrash.workbook;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * The tool in a JVM of its own, started as this checkout's {@code ./learn} starts it: its
 * classes in a jar, then the libraries Maven resolved for it ({@code target/classpath.txt}),
 * and the JVM options of the script, class caches included, trained as the script trains
 * them. So a test in a terminal runs what a learner runs, and as fast: with the caches a JShell
 * session takes about two thirds of the CPU time it takes without, a worker half.
 *
 * <p>The jar and the caches are made once for this build's classes, in
 * {@code target/tool-under-test}, under a file lock: the two JVMs that run the tests share them.
 * A stamp written after both trainings, naming the JDK, the script's options and the class
 * path, says they are done: missing, older than the classes or naming something else, they
 * are made again. A training that fails leaves no cache, and the tool runs without, only
 * slower, as with {@code ./learn}; {@code training.log} says why.
 */
final class ToolJvm {

    private static final Path CHECKOUT = Path.of(System.getProperty("workbook.root", "..")).toAbsolutePath().normalize();
    /** Where {@code ./learn} keeps its class caches, as its options name it. */
    private static final String SCRIPTS_FOLDER = "\"$tool/";
    private static final Path CLASSES = classes();
    private static final Path FOLDER = CLASSES.resolveSibling("tool-under-test");
    private static final Path JAR = FOLDER.resolve("workbook.jar");
    private static final Path STAMP = FOLDER.resolve("trained");
    private static final List<String> CACHES = List.of("learn.aot", "worker.aot");
    private static boolean ready;

    private ToolJvm() {}

    /**
     * The command line that starts the tool for {@code ./learn command ...} (the empty command: the
     * watch), up to the main class: java, the script's JVM options for that command, {@code more}
     * options, the class path, the main class. The caller adds {@code -Dworkbook.root} before the
     * class path if it wants (it goes with {@code more}) and the arguments after.
     */
    static List<String> command(String command, List<String> more) throws IOException, InterruptedException {
        prepare();
        var line = new ArrayList<>(List.of(java()));
        line.addAll(options(command));
        line.addAll(more);
        line.addAll(List.of("-cp", classPath(), Workbook.class.getName()));
        return line;
    }

    /**
     * The JVM options this checkout's {@code ./learn} gives the tool for {@code command}: those
     * of its {@code jvm=(...)} line, and of a {@code jvm+=(...)} it adds for that command
     * ({@code [ "${1:-}" = jshell ] && jvm+=(...)}), its class cache put in {@link #FOLDER}.
     */
    static List<String> options(String command) throws IOException {
        var script = Files.readAllLines(CHECKOUT.resolve("learn"));
        var lines = script.stream().filter(l -> l.startsWith("jvm=(") || l.contains("= " + command + " ] && jvm+=(")).toList();
        if (lines.stream().noneMatch(l -> l.startsWith("jvm=("))) {
            throw new AssertionError("./learn has no jvm=(...) line");
        }
        return lines.stream().flatMap(l -> Arrays.stream(l.substring(l.indexOf('(') + 1, l.lastIndexOf(')')).split(" ")))
                .filter(option -> !option.isBlank()).map(ToolJvm::inOurFolder).toList();
    }

    private static String inOurFolder(String option) {
        String ours = option.replace(SCRIPTS_FOLDER, FOLDER + File.separator).replace("\"", "");
        if (ours.contains("$")) {
            throw new AssertionError("./learn gives the tool the option " + option + ", which names a file the tests cannot"
                    + " stand in for (only " + SCRIPTS_FOLDER + "...\" can)");
        }
        return ours;
    }

    /** The jar of this build's classes and its class caches, made where the stamp is missing, stale or names other things. */
    private static synchronized void prepare() throws IOException, InterruptedException {
        if (ready) {
            return;
        }
        Files.createDirectories(FOLDER);
        try (var lock = FileChannel.open(FOLDER.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                var held = lock.lock()) {
            String stamp = String.join("\n", java(), String.join(" ", options("")), String.join(" ", options("jshell")), classPath());
            if (!Files.isRegularFile(STAMP) || !Files.readString(STAMP).equals(stamp)
                    || newest(CLASSES).compareTo(Files.getLastModifiedTime(STAMP)) > 0
                    || Files.getLastModifiedTime(libraries()).compareTo(Files.getLastModifiedTime(STAMP)) > 0) {
                Files.deleteIfExists(STAMP);
                jar();
                train();
                Files.writeString(STAMP, stamp);
            }
        }
        ready = true;
    }

    private static void jar() throws IOException {
        var jar = ToolProvider.findFirst("jar").orElseThrow(() -> new AssertionError("this JDK has no jar tool"));
        var out = new StringWriter();
        Files.deleteIfExists(JAR);
        if (jar.run(new PrintWriter(out), new PrintWriter(out), "--create", "--file", JAR.toString(), "-C", CLASSES.toString(), ".") != 0) {
            throw new AssertionError("the jar of " + CLASSES + " could not be made:\n" + out);
        }
    }

    /** As {@code ./learn} trains them: the tool's cache on opening chapter 1 in JShell, then the workers'. */
    private static void train() throws IOException, InterruptedException {
        Files.deleteIfExists(FOLDER.resolve("training.log"));
        for (var cache : CACHES) {
            Files.deleteIfExists(FOLDER.resolve(cache));
        }
        var tool = new ArrayList<>(List.of(java(), "-XX:AOTCacheOutput=" + FOLDER.resolve("learn.aot")));
        options("jshell").stream().filter(o -> !o.startsWith("-XX:AOTCache=") && !o.startsWith("-Xlog:")).forEach(tool::add);
        tool.addAll(List.of("-Dworkbook.root=" + CHECKOUT, "-cp", classPath(), Workbook.class.getName(), "jshell", "1"));
        run(tool, "/exit\n");
        run(List.of(java(), "-cp", classPath(), Worker.class.getName(), FOLDER.resolve("worker.aot").toString()), "");
    }

    private static void run(List<String> command, String input) throws IOException, InterruptedException {
        var log = FOLDER.resolve("training.log");
        var process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        // Without a cache all still works, only slower, as with ./learn: a failed training fails no test.
        try (var in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException ended) {
            // It ended before reading its input: its exit code goes to the log below.
        }
        String outcome;
        if (process.waitFor(2, TimeUnit.MINUTES)) {
            outcome = "exit code " + process.exitValue();
        } else {
            // Its descendants too: with -XX:AOTCacheOutput the JVM writes the cache in a child JVM.
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor();
            outcome = "killed after 2 minutes";
        }
        Files.writeString(log, String.join(" ", command) + ": " + outcome + "\n", StandardOpenOption.APPEND);
    }

    private static String classPath() throws IOException {
        return JAR + File.pathSeparator + Files.readString(libraries()).strip();
    }

    /** The libraries' class path, which Maven writes beside the classes when it compiles the tool. */
    private static Path libraries() {
        var libraries = CLASSES.resolveSibling("classpath.txt");
        if (!Files.isRegularFile(libraries)) {
            throw new AssertionError(libraries + " is missing, so the tool cannot be started as ./learn starts it:"
                    + " Maven writes it when it compiles the tool (mvn -pl workbook compile)");
        }
        return libraries;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static FileTime newest(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            var newest = FileTime.fromMillis(0);
            for (var file : files.filter(Files::isRegularFile).toList()) {
                var time = Files.getLastModifiedTime(file);
                newest = time.compareTo(newest) > 0 ? time : newest;
            }
            return newest;
        }
    }

    private static Path classes() {
        try {
            return Path.of(Workbook.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new UncheckedIOException(new IOException("the tool's classes are not in a folder: " + e.getMessage(), e));
        }
    }
}
