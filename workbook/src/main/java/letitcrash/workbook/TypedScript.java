package letitcrash.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import jdk.jshell.JShell;
import jdk.jshell.SourceCodeAnalysis;

/**
 * A chapter script as a learner would type it at the {@code jshell} prompt, so that JShell
 * shows every snippet with its value, as the book's transcript does. ({@code jshell
 * script.jsh} runs a file silently: JShell echoes values only for what is typed.)
 *
 * <p>What is typed is the script's snippets, nothing else: comment lines and blank lines
 * between snippets and the AsciiDoc tag lines are left out, as the transcript leaves them
 * out, and a command line ({@code /exit}) is never typed, so the session stays live.
 *
 * <p>JShell indents a continuation line by four spaces for each brace left open, as an
 * editor does when one presses enter after a {@code {}. A script's own indentation would
 * come on top of it, so each continuation line is typed with that much of its leading
 * space taken off; a closing brace then takes its level off itself, as it does when typed.
 */
final class TypedScript {

    /** How far JShell indents a continuation line per open brace: its default {@code /set indent}. */
    static final int INDENT = 4;

    /** An AsciiDoc tag line ({@code // tag::x[]}, {@code // end::x[]}), in a script or in its transcript. */
    static final Pattern TAG_LINE = Pattern.compile("\\s*//\\s*(tag|end)::[^\\[]*\\[[^\\]]*\\]\\s*");

    private TypedScript() {}

    /** The keys to type for {@code script}: each snippet's lines, each ended by a newline. */
    static String keys(String script) {
        try (var shell = JShell.builder().executionEngine("local").build()) {
            return keys(script, shell.sourceCodeAnalysis());
        }
    }

    private static String keys(String script, SourceCodeAnalysis analysis) {
        var typed = new StringBuilder();
        var snippet = new ArrayList<String>();
        for (var line : script.lines().toList()) {
            if (TAG_LINE.matcher(line).matches() || snippet.isEmpty() && (line.isBlank() || isCommand(line))) {
                continue;
            }
            snippet.add(line);
            var info = analysis.analyzeCompletion(String.join("\n", snippet));
            if (info.completeness() == SourceCodeAnalysis.Completeness.EMPTY) {
                snippet.clear(); // a comment on its own
            } else if (info.completeness().isComplete()) {
                type(snippet, typed);
                snippet.clear();
            }
        }
        if (!snippet.isEmpty()) {
            throw new IllegalArgumentException("the script ends in the middle of a snippet: " + snippet.getFirst());
        }
        return typed.toString();
    }

    /**
     * Types one snippet's lines so that they end up on screen as written. JShell's line editor
     * begins a continuation line with {@link #INDENT} spaces per open brace, and a typed
     * {@code }} takes up to {@link #INDENT} spaces before it away (an editor's dedent, which
     * it does wherever the brace is typed): each line is typed less the first, and with
     * enough spaces before each such brace to make up for the second.
     */
    private static void type(List<String> lines, StringBuilder typed) {
        var open = Braces.openAtEachLine(String.join("\n", lines));
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var text = line.stripLeading();
            int leading = line.length() - text.length();
            int added = INDENT * open[i];
            int spaces = !text.startsWith("}") ? leading - added
                    : leading == 0 && added == 0 ? 0
                    : leading + INDENT - added;
            typed.append(" ".repeat(Math.max(spaces, 0))).append(text.replace(" }", " " + " ".repeat(INDENT) + "}"))
                    .append('\n');
        }
    }

    private static boolean isCommand(String line) {
        return line.startsWith("/") && !line.startsWith("//") && !line.startsWith("/*");
    }

    /** Counts braces as JShell does, as tokens: none inside a string, a character, a text block or a comment. */
    static final class Braces {

        private Braces() {}

        /** For each line of {@code code}, how many braces are open where it begins (never below zero). */
        static int[] openAtEachLine(String code) {
            var open = new int[(int) code.lines().count()];
            int line = 0;
            int depth = 0;
            String closing = null; // what ends the literal or comment the scan is in, or null in code
            for (int i = 0; i < code.length(); i++) {
                char c = code.charAt(i);
                if (c == '\n') {
                    open[++line] = Math.max(depth, 0);
                    if ("\n".equals(closing) || "\"".equals(closing) || "'".equals(closing)) {
                        closing = null; // a line comment ends here; an unclosed literal is a compile error
                    }
                } else if (closing != null) {
                    if (c == '\\' && !closing.equals("\n") && !closing.equals("*/") && !code.startsWith("\n", i + 1)) {
                        i++; // an escaped character, never a line's end
                    } else if (code.startsWith(closing, i)) {
                        i += closing.length() - 1;
                        closing = null;
                    }
                } else if (code.startsWith("//", i)) {
                    closing = "\n";
                } else if (code.startsWith("/*", i)) {
                    closing = "*/";
                    i++;
                } else if (code.startsWith("\"\"\"", i)) {
                    closing = "\"\"\"";
                    i += 2;
                } else if (c == '"' || c == '\'') {
                    closing = String.valueOf(c);
                } else if (c == '{') {
                    depth++;
                } else if (c == '}') {
                    depth--;
                }
            }
            return open;
        }
    }
}
