package letitcrash.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.constantpool.ClassEntry;
import java.lang.classfile.constantpool.Utf8Entry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a kata's tests can reach in a build: every class of the classes folder that its test
 * classes name, directly or through the classes they name, and every file of the resource
 * folders. Its fingerprint is a digest of all of it, so that a kata whose fingerprint did not
 * change since its last run would run the very same code: watch mode checks it again only when
 * the fingerprint changes, and a save to chapter 6's backup leaves chapter 1's verdicts alone.
 *
 * <p>A class names another in its constant pool: as a class entry (a call, a field, a cast,
 * a nested class, a lambda's target) or in a descriptor or signature. Taking every name that
 * the pool spells out errs on the side of running a kata: a class reached only by reflection
 * on a name built at run time would be missed, which no kata test does.
 */
final class Reach {

    /** A type named in a descriptor or a signature: {@code Lletitcrash/process/Pid;}. */
    private static final Pattern NAMED = Pattern.compile("L([^;<>.\\[]+)[;<]");

    /** Each compiled class by internal name: its digest and the classes it names. */
    private record Compiled(String digest, Set<String> names) {}

    /** Every class file read in this JVM, by the digest of its content. */
    private static final Map<String, Compiled> READ = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, Compiled> classes = new HashMap<>();
    private final String resources;

    private Reach(Path folder, List<Path> resourceFolders) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = folder.relativize(file).toString().replace('\\', '/');
                classes.put(name.substring(0, name.length() - ".class".length()), read(file));
            }
        }
        var files = new TreeMap<String, String>();
        for (Path resourceFolder : resourceFolders) {
            if (Files.isDirectory(resourceFolder)) {
                try (Stream<Path> found = Files.walk(resourceFolder)) {
                    for (Path file : found.filter(Files::isRegularFile).toList()) {
                        files.put(file.toString(), Build.digest(Files.readAllBytes(file)));
                    }
                }
            }
        }
        this.resources = files.toString();
    }

    /**
     * What {@code file} holds. Its constant pool is read once a JVM per content: a save
     * recompiles a few classes, and the others' names are kept (fingerprints come with every
     * verdict, and reading every pool each time cost a save tens of milliseconds).
     */
    private static Compiled read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String digest = Build.digest(bytes);
        return READ.computeIfAbsent(digest, known -> {
            var names = new TreeSet<String>();
            for (var entry : ClassFile.of().parse(bytes).constantPool()) {
                if (entry instanceof ClassEntry type) {
                    names.add(type.asInternalName());
                } else if (entry instanceof Utf8Entry text) {
                    NAMED.matcher(text.stringValue()).results().forEach(name -> names.add(name.group(1)));
                }
            }
            return new Compiled(known, names);
        });
    }

    /**
     * The fingerprint of each kata of {@code testClasses} (the binary names of the test classes
     * that carry its tag, by kata), over the classes compiled into the first folder of
     * {@code classPath} and the files of its other folders.
     */
    static Map<String, String> fingerprints(List<Path> classPath, Map<String, ? extends Collection<String>> testClasses) {
        try {
            var reach = new Reach(classPath.getFirst(), classPath.subList(1, classPath.size()).stream().filter(Files::isDirectory).toList());
            var fingerprints = new HashMap<String, String>();
            testClasses.forEach((kata, roots) -> fingerprints.put(kata, reach.fingerprint(roots)));
            return fingerprints;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled katas in " + classPath.getFirst(), e);
        }
    }

    /**
     * Those of {@code roots} (binary names of classes compiled into the first folder of
     * {@code classPath}) that reach a class whose internal name begins with {@code prefix}, as
     * {@code org/approvaltests/}: the test classes that write approval files.
     */
    static Set<String> reaching(List<Path> classPath, Collection<String> roots, String prefix) {
        try {
            var reach = new Reach(classPath.getFirst(), List.of());
            var found = new TreeSet<String>();
            for (String root : roots) {
                var reached = reach.reached(List.of(root));
                if (reached.values().stream().flatMap(compiled -> compiled.names().stream()).anyMatch(name -> name.startsWith(prefix))) {
                    found.add(root);
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the compiled katas in " + classPath.getFirst(), e);
        }
    }

    private String fingerprint(Collection<String> roots) {
        var digests = new TreeMap<String, String>();
        reached(roots).forEach((name, compiled) -> digests.put(name, compiled.digest()));
        return Build.digest((digests + resources).getBytes(StandardCharsets.UTF_8));
    }

    /** The compiled classes that {@code roots} reach, themselves included, by internal name. */
    private Map<String, Compiled> reached(Collection<String> roots) {
        var reached = new HashMap<String, Compiled>();
        var todo = new ArrayDeque<String>();
        roots.forEach(root -> todo.add(root.replace('.', '/')));
        while (!todo.isEmpty()) {
            String name = todo.poll();
            var compiled = classes.get(name);
            if (compiled != null && reached.putIfAbsent(name, compiled) == null) {
                todo.addAll(compiled.names());
            }
        }
        return reached;
    }
}
