package letitcrash.workbook;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The method bodies of a Java source, found with the compiler's own parser, by a key that
 * survives a learner's edits: {@code Mailbox#poll(Duration)}. Resetting a kata puts the
 * stub's body back in place of the learner's, method by method, and leaves every other
 * method, and the other katas in the same file, as the learner wrote them.
 */
final class MethodBodies {

    /** Where a body lies in the source: from its opening brace to just after its closing one. */
    record Span(int start, int end) {}

    private MethodBodies() {}

    /**
     * The bodies of {@code source}'s methods and constructors by key.
     *
     * @throws IllegalArgumentException if the source does not parse
     */
    static Map<String, Span> of(String source) {
        var compiler = ToolProvider.getSystemJavaCompiler();
        var unit = new SimpleJavaFileObject(URI.create("string:///Source.java"), javax.tools.JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        var errors = new java.util.ArrayList<String>();
        var task = (JavacTask) compiler.getTask(null, null,
                d -> { if (d.getKind() == javax.tools.Diagnostic.Kind.ERROR) errors.add(d.getMessage(null)); },
                List.of("-proc:none"), null, List.of(unit));
        Iterable<? extends CompilationUnitTree> units;
        try {
            units = task.parse();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException("it does not parse: " + errors.getFirst());
        }
        var positions = Trees.instance(task).getSourcePositions();
        var bodies = new LinkedHashMap<String, Span>();
        for (var tree : units) {
            new Scanner(tree, positions, bodies).scan(tree, null);
        }
        return bodies;
    }

    /** The keys of {@code source}'s method bodies that hold {@code text}, in the order of the source. */
    static List<String> holding(String source, String text) {
        return of(source).entrySet().stream()
                .filter(body -> source.substring(body.getValue().start(), body.getValue().end()).contains(text))
                .map(Map.Entry::getKey).toList();
    }

    /** {@code target} with the bodies named in {@code keys} taken from {@code from}. */
    static String replace(String target, String from, List<String> keys) {
        var targetBodies = of(target);
        var fromBodies = of(from);
        var missing = keys.stream().filter(k -> !targetBodies.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("your file has no method " + String.join(", ", missing));
        }
        var result = new StringBuilder(target);
        keys.stream().sorted((a, b) -> Integer.compare(targetBodies.get(b).start(), targetBodies.get(a).start()))
                .forEach(key -> {
                    var span = targetBodies.get(key);
                    var with = fromBodies.get(key);
                    result.replace(span.start(), span.end(), from.substring(with.start(), with.end()));
                });
        return result.toString();
    }

    private static final class Scanner extends TreePathScanner<Void, Void> {
        private final CompilationUnitTree unit;
        private final SourcePositions positions;
        private final Map<String, Span> bodies;
        private final ArrayDeque<String> classes = new ArrayDeque<>();

        Scanner(CompilationUnitTree unit, SourcePositions positions, Map<String, Span> bodies) {
            this.unit = unit;
            this.positions = positions;
            this.bodies = bodies;
        }

        @Override
        public Void visitClass(ClassTree tree, Void unused) {
            classes.addLast(tree.getSimpleName().toString());
            try {
                return super.visitClass(tree, unused);
            } finally {
                classes.removeLast();
            }
        }

        @Override
        public Void visitMethod(MethodTree tree, Void unused) {
            if (tree.getBody() != null) {
                String params = tree.getParameters().stream().map(p -> p.getType().toString()).collect(Collectors.joining(", "));
                String key = String.join(".", classes) + "#" + tree.getName() + "(" + params + ")";
                bodies.put(key, new Span((int) positions.getStartPosition(unit, tree.getBody()),
                        (int) positions.getEndPosition(unit, tree.getBody())));
            }
            return super.visitMethod(tree, unused);
        }
    }
}
