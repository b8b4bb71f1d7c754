package letitcrash.book;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet.Status;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis.Completeness;

/**
 * Runs a JShell script snippet by snippet in this JVM and returns what an interactive
 * {@code jshell} session in its normal feedback mode shows: each snippet after a
 * {@code jshell> } prompt, what it printed, then jshell's feedback line.
 *
 * <p>The script is read the way {@code jshell script.jsh} reads it: line by line, a
 * snippet ending where {@code analyzeCompletion} finds it complete; a line starting with
 * {@code /} is a command and is skipped ({@code /exit} ends the script); AsciiDoc tag
 * lines ({@code // tag::x[]}, {@code // end::x[]}) are dropped first, so the book's tags
 * never show. A rejected snippet, a compiler diagnostic or an exception fails the run
 * with a {@link ScriptFailure} naming the snippet.
 *
 * <p>The local execution engine runs each snippet on a thread of this JVM, so the
 * snippet's {@code System.out} is this JVM's: it is captured around each {@code eval}.
 * Output from threads a snippet leaves running lands wherever it lands; scripts wait for
 * what they start.
 */
final class JShellTranscript {

    /** What {@code jshell} evaluates before the script: its DEFAULT startup on JDK 25. */
    static final List<String> STARTUP = List.of("import module java.base;");

    private static final Pattern TAG_LINE = Pattern.compile("\\s*//\\s*(tag|end)::[^\\[]*\\[[^\\]]*\\]\\s*");
    private static final String PROMPT = "jshell> ";
    private static final String CONTINUATION = "   ...> ";

    /** A snippet the script could not run. */
    static final class ScriptFailure extends AssertionError {
        ScriptFailure(String snippet, String problem) {
            super("this snippet failed:\n" + indent(snippet) + "\n" + problem);
        }
    }

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final JShellIds ids = new JShellIds();
    private final List<String> entries = new ArrayList<>();

    private JShellTranscript() {}

    /**
     * Runs {@code script} with {@code classPath} (entries separated by the platform's path
     * separator) on the compile class path and returns the transcript.
     *
     * @throws ScriptFailure if a snippet is rejected, does not compile cleanly, or throws
     */
    static String run(String script, String classPath) {
        return new JShellTranscript().transcribe(script, classPath);
    }

    private String transcribe(String script, String classPath) {
        var capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        try (var shell = JShell.builder()
                .executionEngine("local")
                .out(capture)
                .err(capture)
                .idGenerator(ids::id)
                .tempVariableNameGenerator(ids::nextTempVariable)
                .build()) {
            ids.attach(shell);
            if (!classPath.isEmpty()) {
                shell.addToClasspath(classPath);
            }
            STARTUP.forEach(snippet -> eval(shell, snippet, snippet));
            entries.clear();
            ids.startupDone();
            runLines(shell, script.lines().filter(line -> !TAG_LINE.matcher(line).matches()).toList());
        }
        return String.join("\n", entries);
    }

    private void runLines(JShell shell, List<String> lines) {
        var analysis = shell.sourceCodeAnalysis();
        String pending = "";
        for (var line : lines) {
            if (pending.isEmpty() && isCommand(line)) {
                if (line.strip().equals("/exit") || line.startsWith("/exit ")) {
                    return;
                }
                continue;
            }
            pending = pending.isEmpty() ? line : pending + "\n" + line;
            while (!pending.isEmpty()) {
                var info = analysis.analyzeCompletion(pending);
                if (!isComplete(info.completeness())) {
                    break;
                }
                var remaining = info.remaining();
                var typed = pending.endsWith(remaining)
                        ? pending.substring(0, pending.length() - remaining.length())
                        : info.source();
                if (info.completeness() != Completeness.EMPTY) {
                    eval(shell, info.source().stripTrailing(), typed.strip());
                }
                if (remaining.equals(pending)) {
                    throw new ScriptFailure(pending, "jshell could not split it into snippets");
                }
                pending = remaining;
            }
        }
        if (!pending.isBlank()) {
            throw new ScriptFailure(pending, "the script ends in the middle of this snippet");
        }
    }

    private void eval(JShell shell, String source, String typed) {
        printed.reset();
        List<SnippetEvent> events;
        var out = System.out;
        var err = System.err;
        var capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            events = shell.eval(source);
        } finally {
            capture.flush();
            System.setOut(out);
            System.setErr(err);
        }
        var entry = new StringBuilder(PROMPT).append(typed.replace("\n", "\n" + CONTINUATION)).append('\n');
        var output = printed.toString(StandardCharsets.UTF_8);
        entry.append(output);
        if (!output.isEmpty() && !output.endsWith("\n")) {
            entry.append('\n');
        }
        for (var event : events) {
            if (event.causeSnippet() == null) {
                check(shell, event, typed, output);
                entry.append(JShellFeedback.of(shell, event));
            }
        }
        entries.add(entry.toString());
    }

    private static void check(JShell shell, SnippetEvent event, String typed, String output) {
        var diagnostics = shell.diagnostics(event.snippet()).map(JShellTranscript::describe).toList();
        var printedSoFar = output.isEmpty() ? "" : "\nIt printed:\n" + indent(output.stripTrailing());
        if (event.status() == Status.REJECTED) {
            throw new ScriptFailure(typed, "jshell rejected it:\n" + indent(String.join("\n", diagnostics)));
        }
        if (!diagnostics.isEmpty()) {
            throw new ScriptFailure(typed, "jshell compiled it with diagnostics:\n"
                    + indent(String.join("\n", diagnostics)) + printedSoFar);
        }
        if (event.exception() != null) {
            var thrown = event.exception() instanceof EvalException e
                    ? e.getExceptionClassName()
                    : event.exception().getClass().getName();
            var failure = new ScriptFailure(typed, "it threw " + thrown + ": " + event.exception().getMessage()
                    + printedSoFar);
            failure.initCause(event.exception());
            throw failure;
        }
    }

    private static String describe(Diag diag) {
        return (diag.isError() ? "error: " : "warning: ") + diag.getMessage(null);
    }

    private static boolean isComplete(Completeness completeness) {
        return completeness.isComplete() || completeness == Completeness.EMPTY;
    }

    private static boolean isCommand(String line) {
        return line.startsWith("/") && !line.startsWith("//") && !line.startsWith("/*");
    }

    private static String indent(String text) {
        return text.lines().map(line -> "    " + line).collect(Collectors.joining("\n"));
    }
}
