package letitcrash.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * A compile error as javac prints it: the file and line, the message, then the source line
 * with a caret under the place. Tabs in the line stay tabs under it, so the caret lines up
 * in any terminal.
 */
final class CompileErrors {

    private CompileErrors() {}

    /** The error's lines, joined with newlines; without a source, only {@code file:line: message}. */
    static String format(Diagnostic<? extends JavaFileObject> error) {
        var message = error.getMessage(Locale.ROOT).lines().toList();
        var lines = new ArrayList<String>();
        String where = error.getSource() == null ? "" : error.getSource().getName() + ":" + error.getLineNumber() + ": ";
        lines.add(where + (message.isEmpty() ? "" : message.getFirst()));
        lines.addAll(caret(error));
        if (message.size() > 1) {
            lines.addAll(message.subList(1, message.size()));
        }
        return String.join("\n", lines);
    }

    /** The source line and a caret under the error's column; nothing when either is unknown. */
    private static List<String> caret(Diagnostic<? extends JavaFileObject> error) {
        if (error.getSource() == null || error.getLineNumber() < 1 || error.getColumnNumber() < 1) {
            return List.of();
        }
        List<String> source;
        try {
            source = error.getSource().getCharContent(true).toString().lines().toList();
        } catch (IOException unreadable) {
            return List.of();
        }
        if (error.getLineNumber() > source.size()) {
            return List.of();
        }
        String line = source.get((int) error.getLineNumber() - 1);
        int column = (int) Math.min(error.getColumnNumber() - 1, line.length());
        var under = new StringBuilder();
        line.substring(0, column).chars().forEach(c -> under.append(c == '\t' ? '\t' : ' '));
        return List.of(line, under.append('^').toString());
    }
}
