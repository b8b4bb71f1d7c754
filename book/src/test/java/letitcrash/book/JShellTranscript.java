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
 * {@code /} is a command and is skipped ({@code /exit} ends the script). AsciiDoc tag
 * lines ({@code // tag::x[]}, {@code // end::x[]}) never show as typed; instead, what the
 * snippets inside tag {@code x} printed, with their values ({@code reply ==> "hello"}), is
 * wrapped in the same tag lines in the transcript, so that the book can show the output of
 * each listing right under it ({@code include::...approved.txt[tags=x]}). A declaration's
 * feedback ({@code |  created record Ping}) stays outside the tag: the book shows the
 * declaration itself. Tags do not nest. A rejected snippet, a compiler diagnostic or an
 * exception fails the run with a {@link ScriptFailure} naming the snippet.
 *
 * <p>The local execution engine runs each snippet on a thread of this JVM, so the
 * snippet's {@code System.out} is this JVM's: it is captured around each {@code eval}.
 * Output from threads a snippet leaves running lands wherever it lands; scripts wait for
 * what they start.
 */
final class JShellTranscript {

    /** What {@code jshell} evaluates before the script: its DEFAULT startup on JDK 25. */
    static final List<String> STARTUP = List.of("import module java.base;");

    private static final Pattern TAG_LINE = Pattern.compile("\\s*//\\s*(tag|end)::([^\\[]*)\\[[^\\]]*\\]\\s*");
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
    /** The tag the script is inside, or null. */
    private String openTag;

    private JShellTranscript() {}

    /**
     * Runs {@code script} with {@code classPath} (entries separated by the platform's path
     * separator) on the compile class path and returns the transcript.
     *
     * @throws ScriptFailure if a snippet is rejected, does not compile cleanly, or throws
     */
    static String run(String script, String classPath) {
        return run(script, classPath, List.of());
    }

    /**
     * Runs {@code script} as {@link #run(String, String)} does, then the {@code epilogue}
     * snippets, which are not part of the transcript: how a test closes the node that a
     * script leaves running for the reader to play with.
     */
    static String run(String script, String classPath, List<String> epilogue) {
        return new JShellTranscript().transcribe(script, classPath, epilogue);
    }

    private String transcribe(String script, String classPath, List<String> epilogue) {
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
            runLines(shell, script.lines().toList());
            if (openTag != null) {
                throw new ScriptFailure("// tag::" + openTag + "[]", "the script ends inside this tag");
            }
            var transcript = String.join("\n", entries);
            epilogue.forEach(snippet -> eval(shell, snippet, snippet));
            return transcript;
        }
    }

    private void runLines(JShell shell, List<String> lines) {
        var analysis = shell.sourceCodeAnalysis();
        String pending = "";
        for (var line : lines) {
            var tagLine = TAG_LINE.matcher(line);
            if (tagLine.matches()) {
                tag(tagLine.group(1), tagLine.group(2).strip());
                continue;
            }
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

    private void tag(String directive, String name) {
        if (directive.equals("tag")) {
            if (openTag != null) {
                throw new ScriptFailure("// tag::" + name + "[]", "tags do not nest: tag " + openTag + " is still open");
            }
            openTag = name;
        } else if (name.equals(openTag)) {
            openTag = null;
        } else {
            throw new ScriptFailure("// end::" + name + "[]", "this ends a tag that is not open (open: " + openTag + ")");
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
        var output = printed.toString(StandardCharsets.UTF_8);
        var shown = new StringBuilder(output);
        if (!output.isEmpty() && !output.endsWith("\n")) {
            shown.append('\n');
        }
        var declared = new StringBuilder();
        for (var event : events) {
            if (event.causeSnippet() == null) {
                check(shell, event, typed, output);
                var feedback = JShellFeedback.of(shell, event);
                (feedback.startsWith("|") ? declared : shown).append(feedback);
            }
        }
        entries.add(PROMPT + typed.replace("\n", "\n" + CONTINUATION) + "\n" + tagged(shown.toString()) + declared);
    }

    /** {@code output} wrapped in the open tag's lines, if a tag is open and there is output. */
    private String tagged(String output) {
        return openTag == null || output.isEmpty()
                ? output
                : "// tag::" + openTag + "[]\n" + output + "// end::" + openTag + "[]\n";
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
