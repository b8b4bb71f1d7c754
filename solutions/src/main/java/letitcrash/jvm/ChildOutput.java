package letitcrash.jvm;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The lines a child JVM writes to standard output, read as they come so that its parent
 * can wait for the next one with a timeout (a pipe's own read cannot time out).
 *
 * <p>One virtual thread, the pump, reads the pipe to its end and puts each line on
 * {@code lines}, then one {@code END}; it is the queue's only producer. The parent's
 * thread is its only consumer. A consumer that takes {@code END} puts it back, so every
 * later read also sees the end. The pump ends at the end of the pipe, which comes at the
 * latest when the child has exited and its pipe is closed.
 */
final class ChildOutput {

    private static final Optional<String> END = Optional.empty();

    private final BlockingQueue<Optional<String>> lines = new LinkedBlockingQueue<>();

    ChildOutput(BufferedReader output) {
        Thread.ofVirtual().name("child-jvm-output").start(() -> pump(output));
    }

    private void pump(BufferedReader output) {
        try (output) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                lines.add(Optional.of(line));
            }
        } catch (IOException failed) {
            // The pipe cannot be read: the output has ended either way. (ChildJvm kills through
            // the process's handle, so that the pipe is not closed under this thread.)
        } finally {
            lines.add(END);
        }
    }

    /**
     * The next line, or empty once the output has ended; blocks at most {@code timeout}.
     *
     * @throws TimeoutException if no line came and the output did not end in time
     */
    Optional<String> next(Duration timeout) throws InterruptedException, TimeoutException {
        var line = lines.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (line == null) {
            throw new TimeoutException();
        }
        if (line.isEmpty()) {
            lines.add(END);
        }
        return line;
    }
}
