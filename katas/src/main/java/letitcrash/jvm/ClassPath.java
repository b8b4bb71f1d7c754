package letitcrash.jvm;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The class path of a child JVM: the folders or jars the given classes were loaded from.
 * Read from the classes, not from {@code java.class.path}, because the parent is often not
 * a plain {@code java -cp} process: JShell loads the runtime through a class loader of its
 * own, and so does {@code ./learn}; only the classes know where they came from.
 */
final class ClassPath {

    private ClassPath() {}

    /** The locations of {@code classes}, in order, each once, joined by the platform's separator. */
    static String of(Class<?>... classes) {
        return Stream.of(classes).map(ClassPath::location).distinct()
                .collect(Collectors.joining(File.pathSeparator));
    }

    private static String location(Class<?> type) {
        var source = type.getProtectionDomain().getCodeSource();
        var url = source == null ? null : source.getLocation();
        if (url == null || !"file".equals(url.getProtocol())) {
            throw new IllegalArgumentException(type.getName() + " was not loaded from a class file (was it declared in"
                    + " JShell?): a child JVM can only run classes from a folder or a jar, so declare it in a source file");
        }
        try {
            return Path.of(url.toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(type.getName() + " was loaded from " + url + ", which is not a path", e);
        }
    }
}
