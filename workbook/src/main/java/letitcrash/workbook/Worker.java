package letitcrash.workbook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * The tool's end of one worker JVM ({@link TestWorker}): starts it, sends it one kata at a
 * time and reads the results back, and ends it.
 *
 * <p>Threads. A reader thread moves the worker's lines into a queue, with {@link #GONE} when
 * its output ends; the one thread that calls {@link #run} takes from it with a deadline, so
 * a worker that stops answering cannot block the tool. {@link #abort} may be called from
 * any thread: it kills the process, which ends its output and so the run in progress.
 */
final class Worker implements AutoCloseable {

    /**
     * What a request came to: the results so far; whether the worker may run another; and,
     * when it ended before the request did, the kata whose test was running then (it gets
     * the failure), or {@code aborted} when it was killed on purpose, or {@code unused} when
     * it had ended before it began the request (while idle: a thread an earlier request left
     * spinning made it end itself), which no kata of the request had a part in: then the failure
     * is the first kata's, for the case it cannot begin in a fresh worker either.
     */
    record Outcome(List<KataRunner.TestResult> results, boolean fit, String inFlight, boolean aborted, boolean unused) {

        Outcome(List<KataRunner.TestResult> results, boolean fit, String inFlight, boolean aborted) {
            this(results, fit, inFlight, aborted, false);
        }
    }

    private static final String GONE = "\u0000gone";
    /** How long past a test's limit a worker may stay silent before it is taken for stuck. */
    private static final Duration GRACE = Duration.ofSeconds(3);
    /**
     * A worker JVM's options: {@code ./learn} trains the workers' class cache with the same ones.
     * Assertions on: the runtime's own (a lock held where it must be) check the learner's code as
     * they check the reference code under Maven.
     */
    private static final List<String> OPTIONS = List.of("-ea", "-Xmx512m", "-XX:+ExitOnOutOfMemoryError", "-XX:TieredStopAtLevel=1");
    private static final String AOT_CACHE = "-XX:AOTCache=";
    /** How long a worker may take to start and warm up, on a busy machine. */
    private static final Duration STARTUP = Duration.ofMinutes(1);
    /** How long a cancelled run may take to end by itself before its worker is killed (a spare is warm). */
    private static final Duration CANCEL_GRACE = Duration.ofMillis(500);
    /** How often a run in progress looks whether it was cancelled. */
    private static final Duration TICK = Duration.ofMillis(50);

    private final Process process;
    private final PrintStream requests;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private volatile boolean aborted;
    private boolean ready;

    private Worker(Process process) {
        this.process = process;
        this.requests = new PrintStream(process.getOutputStream(), true, StandardCharsets.UTF_8);
        Thread.ofPlatform().daemon().name("worker " + process.pid() + " output").start(this::readLines);
    }

    /**
     * Starts a worker JVM on this JVM's class path, in the checkout's top folder {@code root} (where
     * the approval tests find their approved files, wherever {@code ./learn} was started); it
     * warms up while the caller goes on.
     */
    static Worker start(Path root) {
        var command = command("-Dworkbook.testLimit=" + Watchdog.LIMIT.toString().substring(2));
        var builder = new ProcessBuilder(command).directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        // ApprovalTests fetches a helper script from GitHub on its first approval: not from a learner's tests.
        builder.environment().put("APPROVALTESTS_DISABLE_SCRIPT_DOWNLOADS", "1");
        try {
            return new Worker(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a JVM to run the kata tests", e);
        }
    }

    /**
     * Trains the workers' class cache into the file {@code args[0]}: a worker started with the
     * workers' options warms up, finds no request and ends, and its JVM writes what it loaded.
     * {@code ./learn} runs this once after it builds the tool.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        var training = new ProcessBuilder(command("-XX:AOTCacheOutput=" + args[0])).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        training.getOutputStream().close();
        System.exit(training.waitFor());
    }

    /** The command line of a worker JVM on this JVM's class path, with the workers' options and {@code more}. */
    private static List<String> command(String more) {
        var command = java().stream().map(Worker::workersCache).collect(Collectors.toCollection(ArrayList::new));
        command.addAll(OPTIONS);
        command.addAll(List.of(more, "-cp", System.getProperty("java.class.path"), TestWorker.class.getName()));
        return command;
    }

    /**
     * The tool's class cache option turned into the workers' own, {@code worker.aot} beside it,
     * when {@code ./learn} trained one (the JUnit engine's classes, loaded and linked ahead of
     * time, take half a worker's start); any other option as it is.
     */
    private static String workersCache(String option) {
        if (!option.startsWith(AOT_CACHE)) {
            return option;
        }
        var workers = Path.of(option.substring(AOT_CACHE.length())).resolveSibling("worker.aot");
        return Files.isRegularFile(workers) ? AOT_CACHE + workers : option;
    }

    /** The start of a command line for a JVM like this one: its java, and its class cache (the tool's, from ./learn). */
    static List<String> java() {
        return javaWith(Worker::cacheOption);
    }

    private static boolean cacheOption(String option) {
        return option.startsWith(AOT_CACHE) || option.startsWith("-Xlog:");
    }

    /**
     * The start of a command line for another tool JVM: as {@link #java}, with the other options
     * {@code ./learn} gives the tool, which its class cache was trained with (without
     * {@code --enable-native-access} the JVM drops the cache's module graph: in the benchmark,
     * {@code ./learn hint} took 0.93 s against 0.59 s).
     */
    static List<String> tool() {
        return javaWith(option -> cacheOption(option) || option.startsWith("--enable-native-access") || option.startsWith("-Dorg.jline."));
    }

    private static List<String> javaWith(java.util.function.Predicate<String> kept) {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream().filter(kept).forEach(command::add);
        return command;
    }

    /**
     * Runs the tests of {@code katas} among {@code testClasses}, compiled into the first folder of {@code classPath}; waits for the worker first.
     * A run that {@code cancelled} calls off and that does not end within {@link #CANCEL_GRACE} (a runaway, under a
     * long test limit) kills the worker and returns as aborted: the next run need not wait out the limit.
     */
    Outcome run(List<String> katas, List<Path> classPath, List<String> testClasses, StackFrames frames, BooleanSupplier cancelled)
            throws InterruptedException {
        var results = new ArrayList<KataRunner.TestResult>();
        String inFlight = katas.getFirst();
        boolean begun = false;
        var limit = Watchdog.LIMIT;
        ready = ready || "READY".equals(next(STARTUP));
        if (ready) {
            requests.println(String.join("\t", String.join(",", katas), TestClasses.joined(classPath), String.join(",", testClasses),
                    frames.shownAs(), String.join(",", frames.files())));
        }
        while (true) {
            String line = ready ? next(limit.plus(GRACE), cancelled) : GONE;
            if (aborted) {
                return new Outcome(results, false, null, true);
            }
            if (line == null || line.equals(GONE)) {
                results.add(new KataRunner.TestResult(inFlight, "the test run", false, line == null
                        ? "the tests did not answer for " + limit.plus(GRACE).toSeconds() + " s and were stopped"
                        : ended()));
                return new Outcome(results, false, inFlight, false, GONE.equals(line) && !begun);
            }
            // Lines of other shapes are the JVM's own (its last words on running out of memory).
            String[] field = line.split("\t", -1);
            begun |= field.length > 1;
            switch (field.length > 1 ? field[0] : "") {
                case "S" -> inFlight = field[1];
                case "L" -> limit = Duration.ofMillis(Long.parseLong(field[1]));
                case "T" -> {
                    limit = Watchdog.LIMIT;
                    results.add(new KataRunner.TestResult(field[1], TestWorker.unescape(field[3]),
                            field[2].equals("1"), TestWorker.unescape(field[4]), field.length > 5 ? TestWorker.unescape(field[5]) : ""));
                }
                case "E" -> {
                    boolean fit = field[1].equals("fit");
                    return new Outcome(results, fit, fit ? null : inFlight, false);
                }
                default -> { }
            }
        }
    }

    private String ended() throws InterruptedException {
        process.waitFor(1, TimeUnit.SECONDS);
        String how = process.isAlive() ? "stopped answering" : "ended with exit code " + process.exitValue();
        return "the JVM running the tests " + how + ": the code ran out of memory (-Xmx512m), or called"
                + " System.exit or Runtime.halt. The next save runs in a fresh JVM.";
    }

    private String next(Duration wait) throws InterruptedException {
        return lines.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next line within {@code wait}, or null; aborts the worker when a cancelled run outstays its grace. */
    private String next(Duration wait, BooleanSupplier cancelled) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        long cancelledAt = 0;
        while (System.nanoTime() < deadline) {
            String line = lines.poll(TICK.toMillis(), TimeUnit.MILLISECONDS);
            if (line != null) {
                return line;
            }
            if (cancelledAt == 0 && cancelled.getAsBoolean()) {
                cancelledAt = System.nanoTime();
            }
            if (cancelledAt != 0 && System.nanoTime() - cancelledAt > CANCEL_GRACE.toNanos()) {
                abort();
                return GONE;
            }
        }
        return null;
    }

    /** Kills the worker, from any thread; a run in progress returns at once as aborted. */
    void abort() {
        aborted = true;
        process.destroyForcibly();
    }

    private void readLines() {
        try (var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
            }
        } catch (IOException closed) {
            // The process ended: the same as the end of its output.
        }
        lines.add(GONE);
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}
