package letitcrash.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import jdk.jshell.tool.JavaShellToolBuilder;
import org.jline.terminal.Attributes;
import org.jline.terminal.Attributes.ControlChar;
import org.jline.terminal.Attributes.InputFlag;
import org.jline.terminal.Attributes.LocalFlag;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The interactive {@code jshell} of {@code ./learn jshell N}: on a terminal, the chapter's
 * script is typed in first ({@link TypedScript}), so the learner sees each snippet with its
 * value exactly as the book's transcript shows it, and then the prompt is theirs, with the
 * script's node still running. Elsewhere (no terminal, or one whose modes cannot be set)
 * JShell runs the script as {@code jshell script.jsh} does: quietly, printing only what the
 * script prints.
 *
 * <p>How it types: JShell's line editor reads the script's keys and then the learner's from
 * one stream, so the terminal must hand it every key as it is pressed, not a line at a time
 * and not echoed by the terminal itself (the editor echoes): the terminal's modes are set
 * for that while JShell runs and put back when it ends. Ctrl-C reaches the editor as a key,
 * which stops the running snippet, as in plain {@code jshell}.
 */
final class ScriptSession {

    private ScriptSession() {}

    /** Runs JShell with {@code options} (class path, execution) and {@code script}; returns its exit code. */
    static int run(List<String> options, Path script) throws IOException {
        try (var terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            if (!typeable(terminal)) {
                var args = new ArrayList<>(options);
                args.add(script.toString());
                return start(JavaShellToolBuilder.builder(), args);
            }
            var keys = TypedScript.keys(Files.readString(script, StandardCharsets.UTF_8));
            var saved = terminal.getAttributes();
            terminal.setAttributes(keyAtATime(saved));
            try {
                var in = new SequenceInputStream(new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8)), System.in);
                var size = terminal.getSize();
                var tool = JavaShellToolBuilder.builder()
                        .in(in, null)
                        .interactiveTerminal(true)
                        .persistence(new HashMap<>()) // the script's lines stay out of the learner's own jshell history
                        .windowSize(Math.max(size.getColumns(), 20), Math.max(size.getRows(), 5));
                return start(tool, options);
            } finally {
                terminal.setAttributes(saved);
            }
        }
    }

    private static int start(JavaShellToolBuilder tool, List<String> args) {
        try {
            return tool.start(args.toArray(String[]::new));
        } catch (Exception e) {
            throw new IllegalStateException("JShell did not start: " + e.getMessage(), e);
        }
    }

    /** A terminal whose modes can be set: not a dumb one, and not Windows, where its console has other modes. */
    private static boolean typeable(Terminal terminal) {
        return !Terminal.TYPE_DUMB.equals(terminal.getType()) && !Terminal.TYPE_DUMB_COLOR.equals(terminal.getType())
                && !System.getProperty("os.name", "").startsWith("Windows");
    }

    /** {@code attributes} with every key handed over as it is pressed, unechoed, and Ctrl-C, Ctrl-S and Ctrl-Q as keys. */
    private static Attributes keyAtATime(Attributes attributes) {
        var keys = new Attributes(attributes);
        keys.setLocalFlag(LocalFlag.ICANON, false);
        keys.setLocalFlag(LocalFlag.ECHO, false);
        keys.setLocalFlag(LocalFlag.ISIG, false);
        keys.setLocalFlag(LocalFlag.IEXTEN, false);
        keys.setInputFlag(InputFlag.IXON, false);
        keys.setControlChar(ControlChar.VMIN, 1);
        keys.setControlChar(ControlChar.VTIME, 0);
        return keys;
    }
}
