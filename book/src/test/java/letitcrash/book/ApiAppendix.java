package letitcrash.book;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the API appendix names, read from its Java column and resolved against the reference
 * runtime's classes. Each code span of a Java cell is one name:
 * <ul>
 * <li>{@code Type}, {@code Outer.Nested}, {@code Type<S>}: a type of the section's packages;
 * {@code Type(a, b)} names a record and its components {@code a} and {@code b};
 * <li>{@code Type.member}, {@code Type.member(args)}, {@code throw Type.member(args)}: a
 * method or constant; {@code node.member} names a member of {@code Node} (see
 * {@link #INSTANCES});
 * <li>{@code member}, {@code member(args)}, {@code CONSTANT}: a member of the type named just
 * before it in the same cell, as in "{@code Slot} with {@code read()}, {@code write(value)}".
 * </ul>
 * A span that is none of these, or that names nothing, is an {@link Unresolved} with its line.
 */
final class ApiAppendix {

    static final Path FILE = ChapterScriptsTest.ASCIIDOC.resolve("appendix-api.adoc");
    static final Path SOLUTIONS = ChapterScriptsTest.CHAPTERS.resolveSibling("solutions/src/main/java");

    /** How the Java column names an instance: {@code node.spawn(...)} is a {@code Node}. */
    static final Map<String, String> INSTANCES = Map.of("node", "Node", "shell", "Shell", "task", "Task",
            "store", "Store", "checked", "Checked", "flags", "Flags", "feed", "FxFeed", "trace", "Trace",
            "clock", "Clock", "entry", "EventJournal.Entry");

    private static final Pattern PACKAGE = Pattern.compile("letitcrash\\.\\w+");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern NAME = Pattern.compile("(?:throw )?(\\w+)(?:<[\\w, ?]+>)?((?:\\.\\w+)*)(?:\\(([^)]*)\\))?");
    private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");

    record Section(String title, int line, List<String> packages, boolean planned, List<Cell> javaCells) {}

    record Cell(int line, String text) {}

    /** A span of the Java column that names nothing public, and why. */
    record Unresolved(String where, String why) {
        @Override
        public String toString() {
            return where + ": " + why;
        }
    }

    /** What the sections name: types, and members as {@code binary.Name#member}. */
    record Named(Set<Class<?>> types, Set<String> members, List<Unresolved> unresolved) {
        boolean names(Class<?> type, String member) {
            return members.contains(type.getName() + "#" + member);
        }
    }

    private ApiAppendix() {}

    /** The appendix's {@code ===} sections, each with the first cell of every table row. */
    static List<Section> sections() throws IOException {
        var lines = Files.readAllLines(FILE);
        var sections = new ArrayList<Section>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("=== ")) {
                continue;
            }
            var title = lines.get(i).substring(4);
            var cells = new ArrayList<Cell>();
            int j = i + 1;
            for (; j < lines.size() && !lines.get(j).startsWith("=== "); j++) {
                // Table rows are three cells, each on its own line after a blank line: the first is the Java one.
                if (lines.get(j).startsWith("| ") && lines.get(j - 1).isBlank()) {
                    cells.add(new Cell(j + 1, lines.get(j).substring(2)));
                }
            }
            var packages = PACKAGE.matcher(title).results().map(m -> m.group()).toList();
            sections.add(new Section(title, i + 1, packages, title.contains("_planned_"), cells));
            i = j - 1;
        }
        return sections;
    }

    /** Resolves every Java cell of the sections that are not planned. */
    static Named named(List<Section> sections) {
        var named = new Named(new HashSet<>(), new HashSet<>(), new ArrayList<>());
        for (var section : sections) {
            if (section.planned()) {
                continue;
            }
            for (var cell : section.javaCells()) {
                new CellReader(section, cell, named).read();
            }
        }
        return named;
    }

    /** Reads one Java cell, left to right, keeping the type the last span named. */
    private static final class CellReader {
        private final Section section;
        private final Cell cell;
        private final Named named;
        private Class<?> context;

        CellReader(Section section, Cell cell, Named named) {
            this.section = section;
            this.cell = cell;
            this.named = named;
        }

        void read() {
            for (var span : CODE.matcher(cell.text()).results().map(m -> m.group(1)).toList()) {
                var name = NAME.matcher(span);
                if (!name.matches()) {
                    fail(span, "not a name the check can read (Type, Type.member(args), instance.member, member)");
                    continue;
                }
                var head = name.group(1);
                var path = name.group(2).isEmpty() ? List.<String>of() : List.of(name.group(2).substring(1).split("\\."));
                resolve(span, head, path, name.group(3));
            }
        }

        private void resolve(String span, String head, List<String> path, String args) {
            Class<?> owner;
            if (path.isEmpty() && (Character.isLowerCase(head.charAt(0)) || CONSTANT.matcher(head).matches())) {
                if (context == null) {
                    fail(span, "a member with no type named before it in the cell");
                } else {
                    member(span, context, head, args);
                }
                return;
            } else if (Character.isLowerCase(head.charAt(0))) {
                var instanceOf = INSTANCES.get(head);
                if (instanceOf == null) {
                    fail(span, "\"" + head + "\" is no instance the check knows " + INSTANCES.keySet());
                    return;
                }
                owner = type(span, instanceOf);
            } else {
                owner = type(span, head);
            }
            for (int i = 0; owner != null && i < path.size(); i++) {
                named.types().add(owner); // Outer.Nested names Outer too
                var nested = nested(owner, path.get(i));
                if (nested.isPresent()) {
                    owner = nested.get();
                } else if (i == path.size() - 1) {
                    member(span, owner, path.get(i), args);
                    return;
                } else {
                    fail(span, owner.getName() + " has no public nested type " + path.get(i));
                    return;
                }
            }
            if (owner != null) {
                typeNamed(span, owner, args);
            }
        }

        private void typeNamed(String span, Class<?> type, String args) {
            named.types().add(type);
            context = type;
            if (args == null || !type.isRecord()) {
                return;
            }
            var components = Arrays.stream(type.getRecordComponents()).map(c -> c.getName()).toList();
            var given = args.isBlank() ? List.<String>of() : Arrays.stream(args.split(",")).map(String::strip).toList();
            if (!given.equals(components)) {
                fail(span, "the record " + type.getName() + " has the components " + components);
            }
            given.forEach(component -> named.members().add(type.getName() + "#" + component));
        }

        private void member(String span, Class<?> owner, String name, String args) {
            boolean method = Arrays.stream(owner.getMethods()).anyMatch(m -> m.getName().equals(name));
            boolean constant = args == null && Arrays.stream(owner.getFields()).anyMatch(f -> f.getName().equals(name));
            if (!method && !constant) {
                fail(span, owner.getName() + " has no public " + (args == null ? "method or constant " : "method ") + name);
                return;
            }
            named.types().add(owner);
            named.members().add(owner.getName() + "#" + name);
            context = owner;
        }

        /** The public type {@code name} (or {@code Outer.Nested}) of the section's packages. */
        private Class<?> type(String span, String name) {
            var outer = name.split("\\.")[0];
            var found = Stream.concat(
                            section.packages().stream().flatMap(pkg -> load(pkg + "." + outer).stream()),
                            section.packages().stream().flatMap(pkg -> types(pkg).stream()).filter(t -> t.isMemberClass())
                                    .filter(t -> t.getSimpleName().equals(outer)))
                    .filter(ApiAppendix::isPublic).distinct().toList();
            if (found.size() != 1) {
                fail(span, found.isEmpty() ? "no public type " + outer + " in " + section.packages()
                        : outer + " is ambiguous: " + found.stream().map(Class::getName).toList() + "; qualify it");
                return null;
            }
            var type = found.getFirst();
            for (var inner : name.contains(".") ? List.of(name.substring(name.indexOf('.') + 1).split("\\.")) : List.<String>of()) {
                type = nested(type, inner).orElseThrow();
            }
            return type;
        }

        private void fail(String span, String why) {
            named.unresolved().add(new Unresolved("appendix-api.adoc:" + cell.line() + " (section \"" + section.title()
                    + "\"), `" + span + "`", why));
        }
    }

    /** Every public type of {@code pkg}: its public top-level types, read from the source folder, and their public nested ones. */
    static List<Class<?>> types(String pkg) {
        var folder = SOLUTIONS.resolve(pkg.replace('.', '/'));
        try (var files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".java") && !f.equals("package-info.java"))
                    .sorted().flatMap(f -> load(pkg + "." + f.substring(0, f.length() - 5)).stream())
                    .flatMap(ApiAppendix::withNested).filter(ApiAppendix::isPublic).toList();
        } catch (IOException e) {
            throw new AssertionError("cannot list " + folder, e);
        }
    }

    /** The names of the public methods a type declares that a row must name: not {@code Object}'s, not an enum's implicit ones, no bridges. */
    static List<String> methods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge())
                .filter(m -> !Set.of("toString", "equals", "hashCode").contains(m.getName()))
                .filter(m -> !(type.isEnum() && Set.of("values", "valueOf").contains(m.getName())))
                .map(Method::getName).distinct().sorted().toList();
    }

    static List<Field> constants(Class<?> type) {
        return Arrays.stream(type.getDeclaredFields()).filter(f -> Modifier.isPublic(f.getModifiers()) && !f.isSynthetic()).toList();
    }

    /** The type's supertypes, all the way up, the interfaces included. */
    static Stream<Class<?>> supertypes(Class<?> type) {
        var direct = Stream.concat(Stream.ofNullable(type.getSuperclass()), Arrays.stream(type.getInterfaces())).toList();
        return direct.stream().flatMap(s -> Stream.concat(Stream.of(s), supertypes(s)));
    }

    static Path source(Class<?> type) {
        var top = type;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        return SOLUTIONS.resolve(top.getName().replace('.', '/') + ".java");
    }

    private static Stream<Class<?>> withNested(Class<?> type) {
        return Stream.concat(Stream.of(type), Arrays.stream(type.getDeclaredClasses()).flatMap(ApiAppendix::withNested));
    }

    private static Optional<Class<?>> nested(Class<?> type, String name) {
        return Arrays.stream(type.getClasses()).filter(c -> c.getSimpleName().equals(name)).findFirst();
    }

    /** Public, and reachable: every class around it public too. */
    static boolean isPublic(Class<?> type) {
        for (var t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers())) {
                return false;
            }
        }
        return true;
    }

    static Optional<Class<?>> load(String name) {
        try {
            return Optional.of(Class.forName(name, false, ApiAppendix.class.getClassLoader()));
        } catch (ClassNotFoundException absent) {
            return Optional.empty();
        }
    }
}
