package letitcrash.jvm;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The child's side of a {@link ChildJvm}: its main method calls {@link #serve} once its
 * scenario is set up, and answers every line its parent sends with one line.
 */
public final class ParentLine {

    /** The first line a child writes: it is set up and reads its input from now on. */
    public static final String READY = "ready";

    /** How a child answers one line from its parent. */
    @FunctionalInterface
    public interface Answer {
        /** The one-line answer to {@code line}; it may also end the JVM and never answer. */
        String to(String line) throws Exception;
    }

    private ParentLine() {}

    /**
     * Writes {@link #READY}, then answers each line of standard input with {@code answer}'s
     * line on standard output, in order, and returns when the input ends: when the parent
     * calls {@link ChildJvm#stop}, or when the parent's JVM is gone, so an orphaned child
     * does not outlive its parent. From the first line on, {@code System.out} writes to
     * standard error, so that a stray print is never read as an answer.
     *
     * <p>Blocks the calling thread (the child's main thread) for the whole conversation.
     *
     * @throws IllegalArgumentException if an answer is not one line; the parent then sees
     *     the child exit before answering, and reads this message from its standard error
     * @throws Exception whatever {@code answer} throws, which ends the conversation the same way
     */
    public static void serve(Answer answer) throws Exception {
        var toParent = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        var fromParent = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        toParent.println(READY);
        for (String line = fromParent.readLine(); line != null; line = fromParent.readLine()) {
            toParent.println(oneLine(answer.to(line), line));
        }
    }

    private static String oneLine(String answer, String line) {
        if (answer == null || answer.contains("\n") || answer.contains("\r")) {
            String shown = answer == null ? "null" : '"' + answer.replace("\n", "\\n").replace("\r", "\\r") + '"';
            throw new IllegalArgumentException("the answer to \"" + line + "\" must be one line, not " + shown);
        }
        return answer;
    }
}
