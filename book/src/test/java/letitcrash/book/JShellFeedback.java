package letitcrash.book;

import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.ExpressionSnippet;
import jdk.jshell.JShell;
import jdk.jshell.MethodSnippet;
import jdk.jshell.Snippet.Status;
import jdk.jshell.SnippetEvent;
import jdk.jshell.TypeDeclSnippet;
import jdk.jshell.VarSnippet;

/**
 * The line {@code jshell} prints after a snippet in its normal feedback mode, built from
 * the tool's own format definitions ({@code /set mode normal}):
 * {@code $1 ==> 144} for an expression, {@code x ==> 5} for a variable, an assignment or a
 * variable's value, {@code |  created method square(int)} for a method,
 * {@code |  created record Ping} for a type; nothing for imports and statements.
 *
 * <p>Values are truncated as the tool truncates them: to 1000 characters for an
 * expression or a variable's value, to 80 for the rest, keeping the start and the end.
 * Only a snippet's own event is shown; normal mode prints nothing for the updates it
 * causes to other snippets.
 */
final class JShellFeedback {

    private JShellFeedback() {}

    /** The feedback for {@code event}, a snippet's own event, ending in a newline; empty if jshell prints none. */
    static String of(JShell shell, SnippetEvent event) {
        var snippet = event.snippet();
        var action = action(event);
        return switch (snippet.subKind()) {
            case TEMP_VAR_EXPRESSION_SUBKIND -> value(((VarSnippet) snippet).name(), event.value(), 1000);
            case VAR_VALUE_SUBKIND -> value(((ExpressionSnippet) snippet).name(), event.value(), 1000);
            case ASSIGNMENT_SUBKIND -> value(((ExpressionSnippet) snippet).name(), event.value(), 80);
            case VAR_DECLARATION_SUBKIND, VAR_DECLARATION_WITH_INITIALIZER_SUBKIND -> event.status() == Status.VALID
                    ? value(((VarSnippet) snippet).name(), event.value(), 80)
                    : declared(shell, (VarSnippet) snippet, action + " variable " + ((VarSnippet) snippet).name());
            case CLASS_SUBKIND -> type(shell, event, action, "class");
            case INTERFACE_SUBKIND -> type(shell, event, action, "interface");
            case ENUM_SUBKIND -> type(shell, event, action, "enum");
            case ANNOTATION_TYPE_SUBKIND -> type(shell, event, action, "annotation interface");
            case RECORD_SUBKIND -> type(shell, event, action, "record");
            case METHOD_SUBKIND -> declared(shell, (MethodSnippet) snippet,
                    action + " method " + ((MethodSnippet) snippet).name() + "(" + ((MethodSnippet) snippet)
                            .parameterTypes() + ")");
            default -> "";
        };
    }

    private static String value(String name, String value, int truncation) {
        return name + " ==> " + truncate(value, truncation) + "\n";
    }

    private static String type(JShell shell, SnippetEvent event, String action, String kind) {
        var type = (TypeDeclSnippet) event.snippet();
        return declared(shell, type, action + " " + kind + " " + type.name());
    }

    /** A declaration, and what it waits for if it refers to something not declared yet. */
    private static String declared(JShell shell, DeclarationSnippet snippet, String what) {
        var unresolved = shell.unresolvedDependencies(snippet).toList();
        if (unresolved.isEmpty()) {
            return "|  " + what + "\n";
        }
        var until = shell.status(snippet) == Status.RECOVERABLE_NOT_DEFINED
                ? ", however, it cannot be referenced until"
                : switch (snippet.subKind()) {
            case CLASS_SUBKIND, RECORD_SUBKIND -> ", however, it cannot be instantiated or its methods invoked until";
            case INTERFACE_SUBKIND -> ", however, its methods cannot be invoked until";
            case ENUM_SUBKIND, ANNOTATION_TYPE_SUBKIND -> ", however, it cannot be used until";
            default -> ", however, it cannot be invoked until";
        };
        return "|  " + what + until + " " + list(unresolved) + (unresolved.size() == 1 ? " is" : " are") + " declared\n";
    }

    private static String list(List<String> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        return names.subList(0, names.size() - 1).stream().collect(Collectors.joining(", "))
                + ", and " + names.getLast();
    }

    private static String action(SnippetEvent event) {
        if (!event.previousStatus().isActive()) {
            return "created";
        }
        return event.isSignatureChange() ? "replaced" : "modified";
    }

    /** The tool's truncation: a value longer than {@code length} keeps its start and its end third. */
    static String truncate(String value, int length) {
        if (value == null) {
            return "";
        }
        if (value.length() <= length) {
            return value;
        }
        int end = length / 3;
        int start = length - 5 - end;
        return value.substring(0, start) + " ... " + value.substring(value.length() - end);
    }
}
