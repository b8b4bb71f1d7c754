package letitcrash.workbook;

import java.util.ArrayList;
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

    private Guard() {}

    /** One line per place in {@code sources} that would end the JVM. */
    static List<String> exits(Build.Sources sources) {
        var found = new ArrayList<String>();
        for (Map.Entry<String, String> file : sources.files().entrySet()) {
            String code = blankOut(file.getValue());
            var matcher = ENDS_THE_JVM.matcher(code);
            while (matcher.find()) {
                int line = (int) code.substring(0, matcher.start()).chars().filter(c -> c == '\n').count() + 1;
                found.add(sources.shownAs() + "/" + file.getKey() + ":" + line
                        + ": this would end the JVM the workbook runs in (System.exit or Runtime.exit/halt): "
                        + "a process ends by returning or throwing");
            }
        }
        return found;
    }

    /** The source with comments and string literals blanked, newlines kept, so line numbers stay right. */
    private static String blankOut(String source) {
        return COMMENTS_AND_STRINGS.matcher(source).replaceAll(m -> m.group().replaceAll("[^\\n]", " "));
    }
}
