package letitcrash.workbook;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One kata region of the solutions, with the file and the method it sits in: what the
 * contract stubs alone, and what a {@link WrongSolution} replaces.
 *
 * @param file the solution file, relative to {@code solutions/src/main/java}
 * @param region the region's kata, TODO, first line and indent
 * @param method the name of the method whose body holds it
 */
record KataRegion(String file, StubGenerator.Region region, String method) {

    String kata() {
        return region.kata();
    }

    /** How a maintainer finds it: {@code take() in letitcrash/mailbox/Mailbox.java}. */
    String shown() {
        return method + "() in " + file;
    }

    /** Every region of {@code solutions}, file by file, in order. */
    static List<KataRegion> of(Map<String, String> solutions) {
        var regions = new ArrayList<KataRegion>();
        solutions.forEach((file, source) -> {
            var found = StubGenerator.regions(file, source);
            if (!found.isEmpty()) {
                var bodies = MethodBodies.of(source);
                found.forEach(region -> regions.add(new KataRegion(file, region, methodAt(bodies, offsetOf(source, region.line())))));
            }
        });
        return regions;
    }

    /** {@code solutions} with this region, and only it, replaced by {@code text}. */
    Map<String, String> replacedBy(Map<String, String> solutions, String text) {
        var changed = new LinkedHashMap<>(solutions);
        changed.put(file, StubGenerator.replace(file, solutions.get(file), r -> r.line() == region.line() ? text : null));
        return changed;
    }

    /** The innermost method body around {@code offset}; the method's name, from its key {@code Type#name(...)}. */
    private static String methodAt(Map<String, MethodBodies.Span> bodies, int offset) {
        return bodies.entrySet().stream()
                .filter(body -> body.getValue().start() <= offset && offset < body.getValue().end())
                .min(Comparator.comparingInt(body -> body.getValue().end() - body.getValue().start()))
                .map(body -> body.getKey().substring(body.getKey().indexOf('#') + 1, body.getKey().indexOf('(')))
                .orElse("(no method)");
    }

    private static int offsetOf(String source, int line) {
        int offset = 0;
        for (int i = 1; i < line; i++) {
            offset = source.indexOf('\n', offset) + 1;
        }
        return offset;
    }
}
