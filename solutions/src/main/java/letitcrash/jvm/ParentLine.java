package letitcrash.jvm;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The child's side of a {@link ChildJvm}: its main method calls {@link #serve} once its
 * scenario is set up, and answers every line its parent sends with one line; or it calls
 * {@link #report}, and tells its parent lines unasked, as it goes.
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

    /** What a reporting child does: it tells {@code parent} its lines, unasked, while the parent listens. */
    @FunctionalInterface
    public interface Report {
        /** Tells {@code parent} lines with {@link ParentLine#tell} while {@link ParentLine#listening}. */
        void to(ParentLine parent) throws Exception;
    }

    private final PrintStream toParent;
    /** True until standard input has ended; written once, by the thread that reads the input. */
    private volatile boolean listening = true;

    private ParentLine(PrintStream toParent) {
        this.toParent = toParent;
    }

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
        var toParent = ready();
        var fromParent = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = fromParent.readLine(); line != null; line = fromParent.readLine()) {
            toParent.println(oneLine(answer.to(line), line));
        }
    }

    /**
     * Writes {@link #READY}, then runs {@code report} on the calling thread, which tells the
     * parent lines unasked ({@link #tell}; the parent reads them with {@link ChildJvm#read}),
     * and returns when {@code report} does. Its input is read only to see it end: when the
     * parent calls {@link ChildJvm#stop}, or its JVM is gone, {@link #listening} turns false,
     * and a report that checks it ends, so an orphaned child does not outlive its parent.
     * Lines the parent sends are dropped. From the first line on, {@code System.out} writes
     * to standard error, as in {@link #serve}.
     *
     * <p>Blocks the calling thread (the child's main thread) for the whole report.
     *
     * @throws Exception whatever {@code report} throws; the parent then sees the child's
     *     output end, and reads why from its standard error
     */
    public static void report(Report report) throws Exception {
        var parent = new ParentLine(ready());
        Thread.ofPlatform().name("parent-line-input").daemon().start(parent::readInputToItsEnd);
        report.to(parent);
    }

    /**
     * Sends {@code line} to the parent at once (flushed): once this returns, the line is in
     * the pipe to the parent, where a SIGKILL of this JVM cannot take it back; if the parent
     * has stopped reading, it is dropped. Lines told from several threads do not mix.
     *
     * @throws IllegalArgumentException if {@code line} is not one line
     */
    public void tell(String line) {
        if (line.contains("\n") || line.contains("\r")) {
            throw new IllegalArgumentException("tell one line at a time, not " + line);
        }
        toParent.println(line);
    }

    /** Whether the parent still listens: false once this child's input has ended. */
    public boolean listening() {
        return listening;
    }

    private void readInputToItsEnd() {
        try {
            System.in.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // The input cannot be read any more: the parent is gone as surely as at its end.
        } finally {
            listening = false;
        }
    }

    /** The parent's end of the line, once {@link #READY} is on it; stray prints go to standard error. */
    private static PrintStream ready() {
        var toParent = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        toParent.println(READY);
        return toParent;
    }

    private static String oneLine(String answer, String line) {
        if (answer == null || answer.contains("\n") || answer.contains("\r")) {
            String shown = answer == null ? "null" : '"' + answer.replace("\n", "\\n").replace("\r", "\\r") + '"';
            throw new IllegalArgumentException("the answer to \"" + line + "\" must be one line, not " + shown);
        }
        return answer;
    }
}
