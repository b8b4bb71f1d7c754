import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What ./learn does, for a platform without bash (learn.cmd runs it with the JDK's source
 * launcher, on the JDK 25 it found): builds the workbook tool with Maven the first time and
 * whenever its sources changed, then runs it with the arguments given, in this terminal.
 * Keep the build rule and the commands in step with ./learn.
 *
 * <p>Usage: {@code java -Dworkbook.root=CHECKOUT bin/Launch.java [./learn's arguments]}.
 */
class Launch {

    static final boolean WINDOWS = System.getProperty("os.name").startsWith("Windows");

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("workbook.root", ".")).toAbsolutePath().normalize();
        Path tool = root.resolve("workbook/target");
        if (stale(root, tool.resolve(".built"))) {
            System.err.println("Building the workbook tool (the first time, Maven downloads its libraries)...");
            if (maven(root, "install", "-N") != 0 || maven(root, "-pl", "workbook", "package", "-Dmaven.test.skip=true") != 0
                    || maven(root, "-pl", "katas", "validate") != 0) {
                System.err.println("The workbook tool did not build: see Maven's messages above.");
                System.exit(1);
            }
            Files.writeString(tool.resolve(".built"), "");
        }
        String classPath = tool.resolve("workbook-1.0.0-SNAPSHOT.jar") + File.pathSeparator
                + Files.readString(tool.resolve("classpath.txt")).strip();
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Dworkbook.root=" + root, "-cp", classPath, "letitcrash.workbook.Workbook"));
        command.addAll(List.of(args));
        System.exit(new ProcessBuilder(command).inheritIO().start().waitFor());
    }

    /** Whether the tool was never built, or a source or pom changed since. */
    static boolean stale(Path root, Path stamp) throws IOException {
        if (!Files.isRegularFile(stamp)) {
            return true;
        }
        FileTime built = Files.getLastModifiedTime(stamp);
        try (Stream<Path> sources = Stream.concat(Files.walk(root.resolve("workbook/src/main")),
                Stream.of(root.resolve("workbook/pom.xml"), root.resolve("katas/pom.xml"), root.resolve("pom.xml")))) {
            return sources.anyMatch(file -> {
                try {
                    return Files.getLastModifiedTime(file).compareTo(built) > 0;
                } catch (IOException gone) {
                    return true;
                }
            });
        }
    }

    /** Runs Maven quietly in the checkout; its messages are shown only when it fails. */
    static int maven(Path root, String... goals) throws IOException, InterruptedException {
        var command = new ArrayList<>(WINDOWS ? List.of("cmd", "/c", "mvn") : List.of("mvn"));
        command.addAll(List.of("-B", "-q", "-ntp"));
        command.addAll(List.of(goals));
        Path log = Files.createTempFile("learn-build", ".log");
        try {
            int status = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start().waitFor();
            if (status != 0) {
                System.err.print(Files.readString(log));
            }
            return status;
        } finally {
            Files.delete(log);
        }
    }
}
