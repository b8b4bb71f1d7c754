package letitcrash.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a kata stub from a solution source: each region the learner writes,
 *
 * <pre>{@code
 *     // region kata 1.2: Like take, but give up once the clock passes now + timeout.
 *     ...reference code...
 *     // endregion
 * }</pre>
 *
 * becomes a {@code // TODO(kata 1.2): ...} line and a throw of {@code letitcrash.KataNotDone} (a
 * runtime class the test runner watches for, so a stub hit in any process fails its test at
 * once) that names the kata. AsciiDoc
 * tag lines, which only the book reads, are dropped everywhere. A region must end its block (a
 * method body, usually), so that the throw it becomes is the block's last statement.
 */
final class StubGenerator {

    /** One region: the kata it belongs to, what the learner is to do there, its first line and its indent. */
    record Region(String kata, String todo, int line, String indent) {}

    private static final Pattern START = KataMarks.REGION_START;
    private static final Pattern END = KataMarks.REGION_END;
    private static final Pattern TAG = Pattern.compile("^\\s*// (tag|end)::[\\w.-]+\\[]\\s*$");

    private StubGenerator() {}

    /** The regions of {@code source}, in order. */
    static List<Region> regions(String file, String source) {
        var regions = new ArrayList<Region>();
        scan(file, source, region -> null, regions);
        return regions;
    }

    /** The reference code of each region of {@code kata} in {@code source}, without book tags, in order. */
    static List<String> solutions(String file, String source, String kata) {
        var bodies = new ArrayList<String>();
        StringBuilder open = null;
        for (String line : source.split("\n", -1)) {
            Matcher start = START.matcher(line);
            if (start.matches() && start.group(2).equals(kata)) {
                open = new StringBuilder();
            } else if (open != null && END.matcher(line).matches()) {
                bodies.add(open.toString().stripTrailing());
                open = null;
            } else if (open != null && !TAG.matcher(line).matches()) {
                open.append(line).append('\n');
            }
        }
        return bodies;
    }

    /** {@code source} with the regions of the katas {@code stubbed} accepts replaced by stubs. */
    static String stub(String file, String source, Predicate<String> stubbed) {
        return replace(file, source, region -> stubbed.test(region.kata()) ? todo(region) : null);
    }

    /**
     * {@code source} with each region for which {@code replacement} gives text replaced by
     * that text, markers and all; the regions it gives null for stay as they are.
     */
    static String replace(String file, String source, Function<Region, String> replacement) {
        return scan(file, source, replacement, new ArrayList<>());
    }

    private static String scan(String file, String source, Function<Region, String> replacement, List<Region> found) {
        var out = new ArrayList<String>();
        String[] lines = source.split("\n", -1);
        Region open = null;
        boolean replaced = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher start = START.matcher(line);
            if (start.matches()) {
                if (open != null) {
                    throw new IllegalArgumentException(file + ":" + (i + 1)
                            + ": a kata region starts inside the region that starts on line " + open.line());
                }
                open = new Region(start.group(2), start.group(3), i + 1, start.group(1));
                found.add(open);
                String text = replacement.apply(open);
                replaced = text != null;
                if (replaced) {
                    out.add(text);
                    continue;
                }
            } else if (END.matcher(line).matches()) {
                if (open == null) {
                    throw new IllegalArgumentException(file + ":" + (i + 1)
                            + ": '// endregion' without a '// region kata N.M: ...' before it");
                }
                open = null;
                if (replaced) {
                    continue;
                }
            } else if (open != null && replaced) {
                continue;
            }
            if (!TAG.matcher(line).matches()) {
                out.add(line);
            }
        }
        if (open != null) {
            throw new IllegalArgumentException(file + ":" + open.line()
                    + ": the region of kata " + open.kata() + " has no '// endregion'");
        }
        return String.join("\n", out);
    }

    /** The stub of {@code region}: its TODO line and a throw that names the kata and its book section. */
    static String todo(Region region) {
        return region.indent() + "// " + KataMarks.todo(region.kata()) + ": " + region.todo() + "\n"
                + region.indent() + KataMarks.stubThrow(region.kata());
    }
}
