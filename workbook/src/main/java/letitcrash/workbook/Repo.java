package letitcrash.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The workbook's checkout: where solutions, katas, tests and chapters live. */
record Repo(Path root) {

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
