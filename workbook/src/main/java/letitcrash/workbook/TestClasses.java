package letitcrash.workbook;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.launcher.TagFilter.includeTags;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    private TestClasses() {}

    /** The class names of {@code tests}' files. */
    static List<String> all(Build.Sources tests) {
        return tests.files().keySet().stream().map(TestClasses::className).toList();
    }

    /** The class names of the files among {@code tests} that write out the tag of any of {@code katas}. */
    static List<String> naming(Build.Sources tests, Collection<String> katas) {
        var tags = katas.stream().map(kata -> "\"kata-" + kata + "\"").toList();
        return tests.files().entrySet().stream().filter(file -> tags.stream().anyMatch(file.getValue()::contains))
                .map(file -> className(file.getKey())).toList();
    }

    /**
     * For each of {@code katas} (compiled in {@code classes}), the test methods JUnit finds
     * among {@link #all} of {@code tests}' classes but not among those {@link #naming} that kata
     * alone, as {@code Class#method}: the kata contract wants none.
     */
    static Map<String, List<String>> missed(Path classes, Build.Sources tests, Collection<String> katas) throws IOException {
        return inLoader(classes, loader -> {
            var missed = new LinkedHashMap<String, List<String>>();
            for (String kata : katas) {
                var picked = testMethods(loader, naming(tests, List.of(kata)), kata);
                missed.put(kata, testMethods(loader, all(tests), kata).stream().filter(m -> !picked.contains(m)).toList());
            }
            return missed;
        });
    }

    /** Does {@code work} with the classes in {@code classes} loaded in a loader of their own, the thread's context loader meanwhile. */
    static <T> T inLoader(Path classes, InLoader<T> work) throws IOException {
        var previous = Thread.currentThread().getContextClassLoader();
        try (var loader = new URLClassLoader(new java.net.URL[] {classes.toUri().toURL()}, TestClasses.class.getClassLoader())) {
            Thread.currentThread().setContextClassLoader(loader);
            return work.apply(loader);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /** JUnit's selectors of the classes {@code names}, loaded (not initialised) in {@code loader}. */
    static List<ClassSelector> selectors(ClassLoader loader, List<String> names) {
        return names.stream().map(name -> selectClass(load(loader, name))).toList();
    }

    /** The methods of the tests (and test templates, whose runs come later) of {@code kata} JUnit finds among {@code names}. */
    private static List<String> testMethods(ClassLoader loader, List<String> names, String kata) {
        var request = LauncherDiscoveryRequestBuilder.request().selectors(selectors(loader, names))
                .filters(includeTags("kata-" + kata)).build();
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
