package letitcrash.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What the workbook refuses to run: learner code that would end the JVM it runs in. There
 * is no security manager any more to stop {@code System.exit} at run time, so the source
 * is read for it before anything runs (comments and strings aside).
 */
final class Guard {

    private static final Pattern ENDS_THE_JVM = Pattern.compile(
            "\\bSystem\\s*\\.\\s*exit\\s*\\(|\\bRuntime\\s*\\.\\s*getRuntime\\s*\\(\\s*\\)\\s*\\.\\s*(exit|halt)\\s*\\(");
    private static final Pattern COMMENTS_AND_STRINGS = Pattern.compile(
            "//[^\\n]*|/\\*.*?\\*/|\"(?:\\\\.|[^\"\\\\])*\"", Pattern.DOTALL);

    /** How many texts {@link #LINES} keeps: every source of the book, and then some. */
    private static final int KEPT = 512;
    /**
     * The lines found in each text read lately, the least recently read dropped first: the kata
     * contract hands the same sources to hundreds of variants, and watch mode all but the saved
     * file to every run (reading them took a quarter of the contract's time). Guarded by itself.
     */
    private static final Map<String, List<Integer>> LINES = new LinkedHashMap<>(KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<Integer>> eldest) {
            return size() > KEPT;
        }
    };

    private Guard() {}

    /** One line per place in {@code sources} that would end the JVM. */
    static List<String> exits(Build.Sources sources) {
        var found = new ArrayList<String>();
        sources.files().forEach((file, text) -> lines(text).forEach(line -> found.add(sources.shownAs() + "/" + file + ":" + line
                + ": this would end the JVM the workbook runs in (System.exit or Runtime.exit/halt): "
                + "a process ends by returning or throwing")));
        return found;
    }

    /** The lines of {@code source} that would end the JVM, read once for each text. */
    private static List<Integer> lines(String source) {
        synchronized (LINES) {
            var known = LINES.get(source);
            if (known != null) {
                return known;
            }
        }
        var lines = new ArrayList<Integer>();
        String code = blankOut(source);
        var matcher = ENDS_THE_JVM.matcher(code);
        while (matcher.find()) {
            lines.add((int) code.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1);
        }
        var found = List.copyOf(lines);
        synchronized (LINES) {
            LINES.put(source, found);
        }
        return found;
    }

    /** The source with comments and string literals blanked, newlines kept, so line numbers stay right. */
    private static String blankOut(String source) {
        return COMMENTS_AND_STRINGS.matcher(source).replaceAll(m -> m.group().replaceAll("[^\\n]", " "));
    }
}
