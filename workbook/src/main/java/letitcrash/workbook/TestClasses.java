package letitcrash.workbook;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.TagFilter.includeTags;

import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Which compiled test classes a run hands JUnit, and the class loader of their own they are
 * loaded in. A run of some katas hands it only the classes whose files write out the tag of
 * one of them, such as {@code "kata-1.2"}; JUnit need not load the others to find they have
 * none, which with a book of katas is most of a run's discovery. The kata contract checks
 * that this misses no test ({@link #missed}).
 */
final class TestClasses {

    /** Work done with the test classes' loader as the thread's context loader. */
    interface InLoader<T> {
        T apply(ClassLoader loader) throws IOException;
    }

    /** The libraries' loaders, one per class path, kept for the JVM's life. */
    private static final Map<List<Path>, ClassLoader> LIBRARIES = new ConcurrentHashMap<>();

    private TestClasses() {}

    /** The class names of {@code tests}' files. */
    static List<String> all(Build.Sources tests) {
        return tests.files().keySet().stream().map(TestClasses::className).toList();
    }

    /** The class names of the files among {@code tests} that write out the tag of any of {@code katas}. */
    static List<String> naming(Build.Sources tests, Collection<String> katas) {
        var tags = katas.stream().map(KataMarks::quotedTag).toList();
        return tests.files().entrySet().stream().filter(file -> tags.stream().anyMatch(file.getValue()::contains))
                .map(file -> className(file.getKey())).toList();
    }

    /**
     * For each of {@code katas} (compiled in {@code classes}), the test methods JUnit finds
     * among {@link #all} of {@code tests}' classes but not among those {@link #naming} that kata
     * alone, as {@code Class#method}: the kata contract wants none.
     */
    static Map<String, List<String>> missed(List<Path> classPath, Build.Sources tests, Collection<String> katas) throws IOException {
        return inLoader(classPath, loader -> {
            var missed = new LinkedHashMap<String, List<String>>();
            for (String kata : katas) {
                var picked = testMethods(loader, naming(tests, List.of(kata)), kata);
                missed.put(kata, testMethods(loader, all(tests), kata).stream().filter(m -> !picked.contains(m)).toList());
            }
            return missed;
        });
    }

    /**
     * Does {@code work} with the classes in the first folder of {@code classPath} loaded in a
     * loader of their own, the thread's context loader meanwhile. The libraries after it are
     * loaded once a JVM, in a loader that every run shares: a library that registers itself
     * with the JDK (a JDBC driver with {@code DriverManager}) does so once, for every run.
     */
    static <T> T inLoader(List<Path> classPath, InLoader<T> work) throws IOException {
        var previous = Thread.currentThread().getContextClassLoader();
        var classes = new URL[] {classPath.getFirst().toUri().toURL()};
        try (var loader = new URLClassLoader(classes, libraries(classPath.subList(1, classPath.size())))) {
            Thread.currentThread().setContextClassLoader(loader);
            return work.apply(loader);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** A class path as one string, for a worker's request; {@link #classPath} reads it back. */
    static String joined(List<Path> classPath) {
        return classPath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }

    /** The class path {@link #joined} wrote. */
    static List<Path> classPath(String joined) {
        return Arrays.stream(joined.split(Pattern.quote(File.pathSeparator))).map(Path::of).toList();
    }

    private static ClassLoader libraries(List<Path> libraries) {
        if (libraries.isEmpty()) {
            return TestClasses.class.getClassLoader();
        }
        return LIBRARIES.computeIfAbsent(List.copyOf(libraries), path -> new URLClassLoader(path.stream().map(TestClasses::url)
                .toArray(URL[]::new), TestClasses.class.getClassLoader()));
    }

    private static URL url(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a usable class path entry: " + path, e);
        }
    }

    /** JUnit's selectors of the classes {@code names}, loaded (not initialised) in {@code loader}. */
    static List<ClassSelector> selectors(ClassLoader loader, List<String> names) {
        return names.stream().map(name -> selectClass(load(loader, name))).toList();
    }

    /** The methods of the tests (and test templates, whose runs come later) of {@code kata} JUnit finds among {@code names}. */
    private static List<String> testMethods(ClassLoader loader, List<String> names, String kata) {
        var request = LauncherDiscoveryRequestBuilder.request().selectors(selectors(loader, names))
                .filters(includeTags(KataMarks.tag(kata))).build();
        var plan = LauncherFactory.create().discover(request);
        return plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .flatMap(test -> test.getSource().stream())
                .filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                .map(method -> method.getClassName() + "#" + method.getMethodName()).distinct().toList();
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("compiled " + name + " but cannot load it", e);
        }
    }

    private static String className(String path) {
        return path.substring(0, path.length() - ".java".length()).replace('/', '.');
    }
}
