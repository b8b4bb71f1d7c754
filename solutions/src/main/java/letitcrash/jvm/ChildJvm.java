package letitcrash.jvm;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * A second JVM running one main class with the runtime on its class path: how a test or a
 * script stages what no thread in its own JVM can, a SIGKILL or a JVM halt (why:
 * docs/adr/0003-what-kill-can-stop.md). The two talk by lines: the parent sends a line, the child's
 * {@link ParentLine#serve} answers it with one line; or the child tells lines unasked
 * ({@link ParentLine#report}) and the parent {@linkplain #read reads} them as they come.
 *
 * <p>Every wait is bounded by the timeout given at start (30 seconds by default), and ends
 * in a {@link ChildFailed} that quotes the end of the child's standard error. The child
 * never outlives its handle: {@link #close} kills it, and a child that is serving its
 * parent ends by itself when the parent's JVM is gone (its input ends).
 *
 * <p>A handle is one conversation: one thread at a time uses it.
 */
public final class ChildJvm implements AutoCloseable {

    /** How long each wait lasts unless {@link #start(Duration, Class, String...)} says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    /** A child lives for a few lines: start the JVM sooner rather than make it fast. */
    private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
            "--enable-native-access=ALL-UNNAMED"); // a JDBC driver with a native library (SQLite's) loads it without a warning

    private final String name;
    private final Process process;
    private final BufferedWriter input;
    private final ChildOutput output;
    private final ChildFiles files;
    private final Duration timeout;

    private ChildJvm(Class<?> main, Process process, ChildFiles files, Duration timeout) {
        this.name = "the child JVM running " + main.getSimpleName() + " (pid " + process.pid() + ")";
        this.process = process;
        this.input = process.outputWriter(StandardCharsets.UTF_8);
        this.output = new ChildOutput(process.inputReader(StandardCharsets.UTF_8));
        this.files = files;
        this.timeout = timeout;
    }

    /** {@link #start(Duration, Class, String...)} with the {@linkplain #DEFAULT_TIMEOUT default timeout}. */
    public static ChildJvm start(Class<?> main, String... args) throws InterruptedException {
        return start(DEFAULT_TIMEOUT, main, args);
    }

    /**
     * Starts a JVM running {@code main} with {@code args}, on the class path that {@code main}
     * and this runtime were loaded from, and returns once it has written
     * {@link ParentLine#READY}.
     *
     * @throws IllegalArgumentException if {@code main} has no class file (declared in JShell)
     * @throws ChildFailed if the JVM cannot start, exits, or is not ready within {@code timeout};
     *     the child is gone by then
     */
    public static ChildJvm start(Duration timeout, Class<?> main, String... args) throws InterruptedException {
        return start(timeout, List.of(), main, args);
    }

    /**
     * {@link #start(Duration, Class, String...)}, with the folders or jars that {@code libraries}
     * were loaded from on the child's class path too: a JDBC driver, say.
     */
    public static ChildJvm start(Duration timeout, List<Class<?>> libraries, Class<?> main, String... args)
            throws InterruptedException {
        var classPath = classPath(libraries, main);
        var files = ChildFiles.create();
        var command = command(classPath, files, main, args);
        var child = new ChildJvm(main, launch(command, files), files, timeout);
        try {
            child.awaitReady();
            return child;
        } catch (RuntimeException | InterruptedException e) {
            try {
                child.close();
            } catch (RuntimeException alsoFailed) {
                e.addSuppressed(alsoFailed); // the first failure, with the child's own error, is the one to show
            }
            throw e;
        }
    }

    /** The child's operating-system process id. */
    public long pid() {
        return process.pid();
    }

    /** Whether the child's OS process is still there. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Sends {@code line} and returns the child's answer to it: the next line it writes.
     *
     * @throws ChildFailed if the child exits before answering, or does not answer in time
     */
    public String ask(String line) throws InterruptedException {
        send(line);
        return next("an answer to \"" + line + "\"");
    }

    /**
     * Returns the next line the child writes, without sending one: for a child that tells
     * its parent lines unasked ({@link ParentLine#report}). Lines come in the order the child
     * wrote them.
     *
     * @throws ChildFailed if the child's output ends (it exited) before it writes one, or it
     *     does not write one in time
     */
    public String read() throws InterruptedException {
        return next("a line");
    }

    /**
     * Waits for the child's output to end and returns the lines it wrote that were not read
     * yet, in order: after {@link #kill}, every line the child had written before the signal.
     *
     * @throws ChildFailed if its output has not ended within the timeout (the child still runs)
     */
    public List<String> readToEnd() throws InterruptedException {
        var lines = new ArrayList<String>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            for (var line = output.next(left(deadline)); line.isPresent(); line = output.next(left(deadline))) {
                lines.add(line.get());
            }
        } catch (TimeoutException e) {
            throw new ChildFailed(name + " did not end its output within " + timeout
                    + " (" + lines.size() + " lines read)" + files.tail());
        }
        return lines;
    }

    /**
     * Sends {@code line} without waiting for an answer: for a line the child answers by
     * ending (a halt), followed by {@link #awaitExit}.
     *
     * @throws IllegalArgumentException if {@code line} is not one line
     * @throws ChildFailed if the child's input is closed (it has exited, or {@link #stop} ran)
     */
    public void send(String line) {
        if (line.contains("\n") || line.contains("\r")) {
            throw new IllegalArgumentException("send one line at a time, not " + line);
        }
        try {
            input.write(line);
            input.newLine();
            input.flush();
        } catch (IOException e) {
            String why = process.isAlive() ? "its input is closed" : "it exited with " + process.exitValue();
            throw new ChildFailed(name + " could not be sent \"" + line + "\": " + why + files.tail(), e);
        }
    }

    /**
     * Ends the child's input, which ends {@link ParentLine#serve} in the child, so that its
     * main goes on (to stop what it started, in order) and exits: an orderly end. Returns
     * the exit value once the child's process is gone.
     *
     * @throws ChildFailed if it has not exited within the timeout (it still runs until {@link #close})
     */
    public int stop() throws InterruptedException {
        closeInput();
        return awaitExit();
    }

    /**
     * Kills the child with SIGKILL ({@link ProcessHandle#destroyForcibly()}), which no code in it
     * can catch or delay, and returns its exit value once its process is gone: 137 (128 + 9,
     * the signal's number) on Linux and macOS.
     *
     * @throws ChildFailed if the process is still there after the timeout
     */
    public int kill() throws InterruptedException {
        sigkill();
        return awaitExit();
    }

    /**
     * Waits for the child to exit by itself and returns its exit value.
     *
     * @throws ChildFailed if it has not exited within the timeout (it still runs until {@link #close})
     */
    public int awaitExit() throws InterruptedException {
        if (!process.waitFor(timeout)) {
            throw new ChildFailed(name + " has not exited within " + timeout + files.tail());
        }
        return process.exitValue();
    }

    /**
     * Kills the child if it still runs and waits for its process to be gone; then deletes
     * the child's files (its standard error and its temporary files, which a killed JVM cannot
     * delete itself). Does nothing to a child that has exited but that.
     *
     * @throws ChildFailed if the process is still there after the timeout (its files are kept)
     */
    @Override
    public void close() {
        sigkill();
        closeInput();
        if (!awaitGone()) {
            throw new ChildFailed(name + " was killed but its process is still there after " + timeout + "; its files are in " + files);
        }
        files.delete();
    }

    @Override
    public String toString() {
        return name;
    }

    /**
     * Sends SIGKILL through the process's handle, not {@link Process#destroyForcibly()}: that
     * also closes the streams of the {@code Process}, under the pump reading its output, and
     * every line still in the pipe was lost (the child had written it; the parent never read
     * it: 34 kills of 600 when two JVMs killed children side by side). Through the handle, the
     * pump reads the pipe to its end, which comes once the child is gone.
     */
    private void sigkill() {
        process.toHandle().destroyForcibly();
    }

    private void awaitReady() throws InterruptedException {
        String first = next("its first line (\"" + ParentLine.READY + "\")");
        if (!first.equals(ParentLine.READY)) {
            throw new ChildFailed(name + " wrote \"" + first + "\" where \"" + ParentLine.READY
                    + "\" was expected: does its main call ParentLine.serve?" + files.tail());
        }
    }

    private String next(String awaited) throws InterruptedException {
        Optional<String> line;
        try {
            line = output.next(timeout);
        } catch (TimeoutException e) {
            throw new ChildFailed(name + " did not send " + awaited + " within " + timeout + files.tail());
        }
        if (line.isEmpty()) {
            throw new ChildFailed(name + " exited with " + awaitExit() + " before it sent " + awaited + files.tail());
        }
        return line.get();
    }

    private static Duration left(long deadline) {
        return Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
    }

    private void closeInput() {
        try {
            input.close();
        } catch (IOException alreadyGone) {
            // The child has exited and its end of the pipe is closed: its input has ended anyway.
        }
    }

    /** Waits for the process to be gone; keeps an interrupt for the caller to see. */
    private boolean awaitGone() {
        try {
            return process.waitFor(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static Process launch(List<String> command, ChildFiles files) {
        try {
            return new ProcessBuilder(command).redirectError(files.errors().toFile()).start();
        } catch (IOException e) {
            files.delete();
            throw new ChildFailed("could not start " + String.join(" ", command) + ": " + e.getMessage(), e);
        }
    }

    private static String classPath(List<Class<?>> libraries, Class<?> main) {
        var classes = new ArrayList<Class<?>>(List.of(main, ChildJvm.class));
        classes.addAll(libraries);
        return ClassPath.of(classes.toArray(Class<?>[]::new));
    }

    private static List<String> command(String classPath, ChildFiles files, Class<?> main, String... args) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-Djava.io.tmpdir=" + files.temporary());
        command.addAll(List.of("-cp", classPath, main.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
