package letitcrash.workbook;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The workbook's checkout: where solutions, katas, tests and chapters live. */
record Repo(Path root) {

    /** Where the {@code katas} module writes its tests' class path, relative to the checkout. */
    static final String KATA_CLASS_PATH = "katas/target/test-classpath.txt";

    /** The checkout that holds {@code start}, found by walking up to the parent pom and chapters. */
    static Repo find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("solutions")) && Files.isDirectory(dir.resolve("katas"))
                    && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return new Repo(dir);
            }
        }
        throw new Workbook.UserError("not inside the workbook's checkout (no solutions/ and katas/ above "
                + start.toAbsolutePath() + "): run this from the folder you cloned");
    }

    Path solutions() {
        return root.resolve("solutions/src/main/java");
    }

    Path stubs() {
        return root.resolve("katas/src/main/java");
    }

    Path tests() {
        return root.resolve("katas/src/test/java");
    }

    Path chapters() {
        return root.resolve("chapters");
    }

    /**
     * What the katas' tests compile and run with beyond the runtime and the tool's own
     * libraries: the {@code katas} module's resource folders, then the libraries Maven
     * resolved for its tests when the tool was built ({@value #KATA_CLASS_PATH}, written by
     * {@code katas/pom.xml}), so that a chapter that brings a library or a resource file needs
     * no change to the tool. Without that file (the katas module not built yet), the resources
     * alone. The libraries the tool has itself (JUnit, AssertJ) are left out: its copy serves.
     */
    List<Path> kataClassPath() {
        var path = new ArrayList<>(List.of(root.resolve("katas/src/main/resources"), root.resolve("katas/src/test/resources")));
        var libraries = root.resolve(KATA_CLASS_PATH);
        if (Files.isRegularFile(libraries)) {
            var own = Set.of(System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator)));
            Arrays.stream(Workbook.read(libraries).strip().split(Pattern.quote(File.pathSeparator)))
                    .filter(entry -> !entry.isBlank() && !own.contains(entry)).map(Path::of).forEach(path::add);
        }
        return path;
    }

    /** The Java sources under {@code dir}, by path relative to it ("/"-separated), sorted. */
    static Map<String, String> javaSources(Path dir) {
        var sources = new TreeMap<String, String>();
        if (!Files.isDirectory(dir)) {
            return sources;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                sources.put(dir.relativize(file).toString().replace('\\', '/'), Files.readString(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sources under " + dir, e);
        }
        return sources;
    }
}
