package letitcrash.workbook;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The code a hint gives away, found by a simple heuristic on its backtick spans. Hints
 * before a kata's last may name things in backticks, a type ({@code `Down`}), a field
 * ({@code `watchers`}), a method ({@code `Proc.monitor`}, {@code `isClean()`}); only the
 * last may show code. A span reads as code when it holds
 * <ul>
 * <li>{@code ;}, {@code ->} or {@code " = "}: a statement's end, a lambda or switch arm,
 *     an assignment;
 * <li>a Java keyword that begins a statement or an expression ({@code return}, {@code new},
 *     {@code throw}, {@code if}, {@code while}, {@code for}, {@code switch}, {@code case},
 *     {@code yield}, {@code try}, {@code catch}, {@code synchronized}) followed by a space
 *     or {@code (};
 * <li>a call with arguments: a name directly followed by {@code (} and anything but
 *     {@code )}.
 * </ul>
 * The heuristic is deliberately blunt. It reads only backtick spans, so code typed as
 * plain words escapes it; and an Erlang call counts as code too, so a hint names an
 * Erlang function by its arity ({@code `exit/2`}) rather than with arguments. Braces are
 * no sign of code on their own: an Erlang term such as {@code `{shutdown, detail}`} is a
 * value a hint may name.
 *
 * <p>A kata's TODO line ({@link #inPlainText}) is plain words, where "if" and "for" are
 * English: there a keyword counts only before {@code (}, and {@code ;} only where no space
 * follows it, beside the same calls, lambdas and assignments, and comparisons
 * ({@code ==}, {@code >=}, ...) that state the answer's inequality; its backtick spans read
 * as a hint's.
 */
final class HintCode {

    private static final Pattern SPAN = Pattern.compile("`([^`]+)`");
    private static final Pattern CODE = Pattern.compile(
            ";|->| = |\\b(return|new|throw|if|while|for|switch|case|yield|try|catch|synchronized)[ (]|\\w\\((?!\\))");

    private static final Pattern PLAIN_CODE = Pattern.compile(
            "->| = |==|!=| >= | <= |&&|\\|\\||;(?!\\s)|\\b(if|while|for|switch|catch|synchronized)\\s*\\(|\\bnew\\s+[A-Z]\\w*\\s*\\(|\\w\\((?!\\))");

    private HintCode() {}

    /** The code in a line of plain words (a TODO line), in order: its code spans, then what reads as code outside them. */
    static List<String> inPlainText(String line) {
        var outside = SPAN.matcher(line).replaceAll(" ");
        var plain = PLAIN_CODE.matcher(outside).results().map(m -> around(outside, m.start(), m.end()));
        return Stream.concat(spans(line).stream(), plain).toList();
    }

    /** The word or words around a match, so that the maintainer sees what read as code. */
    private static String around(String text, int start, int end) {
        int from = text.lastIndexOf(' ', Math.max(0, start - 1)) + 1;
        int to = text.indexOf(' ', end);
        return text.substring(from, to < 0 ? text.length() : to).strip();
    }

    /** The backtick spans of {@code hint} that read as code, in order; empty when it gives none. */
    static List<String> spans(String hint) {
        return SPAN.matcher(hint).results()
                .map(span -> span.group(1))
                .filter(span -> CODE.matcher(span).find())
                .toList();
    }
}
