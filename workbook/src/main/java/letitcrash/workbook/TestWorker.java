package letitcrash.workbook;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.approvaltests.approvers.FileApprover;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The main class of a worker JVM: it runs kata tests for the tool, one kata per request,
 * so that whatever learner code does to a JVM it does to this one, which the tool replaces.
 *
 * <p>The protocol, one line each way, fields separated by tabs ({@link Worker} is the other
 * end): the worker warms up and says {@code READY}; then for each request
 * {@code katas, classes folder, test classes} (lists comma-separated) it answers, for each
 * test, {@code S, kata} when it starts and {@code T, kata, 1 or 0 (passed), name, message, crash}
 * when it ends (before that, {@code L, millis} for a test whose own limit is longer than the
 * tool's), and finally {@code E, fit}: the request is done. After a test left running
 * it answers {@code E, unfit} at once and ends, since that test's thread may still run. Learner code's own printing goes nowhere:
 * standard output carries the protocol only.
 *
 * <p>A worker that finds itself busy while it waits for a request (a thread left spinning
 * by code that ended its test) ends itself; so does one whose input closes.
 */
public final class TestWorker {

    private static final int WARM_UPS = 3;
    private static final long IDLE_CHECK_MILLIS = 250;

    private static volatile boolean idle;

    private TestWorker() {}

    public static void main(String[] args) throws IOException {
        var protocol = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        var discard = new PrintStream(OutputStream.nullOutputStream());
        System.setOut(discard);
        System.setErr(discard);
        // A worker outlives no tool: not even while a test spins and no request is read.
        ProcessHandle.current().parent().ifPresent(tool -> tool.onExit().thenRun(() -> Runtime.getRuntime().halt(5)));
        // Every request runs the learner's code afresh, so an approval test verifies its approved
        // file once per request: ApprovalTests, which takes a second verify of one file in a JVM
        // for a test's mistake, would fail every run of a kata's approval tests after the first.
        FileApprover.tracker.addAllowedDuplicates(approved -> true);
        warmUp();
        Thread.ofPlatform().daemon().name("idle check").start(TestWorker::endIfBusyWhileIdle);
        protocol.println("READY");
        var requests = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        idle = true;
        for (String line; (line = requests.readLine()) != null; idle = true) {
            idle = false;
            String[] request = line.split("\t", -1);
            var katas = Arrays.asList(request[0].split(","));
            Consumer<KataRunner.TestResult> answer = result -> answer(protocol, result);
            var frames = new StackFrames(request.length > 3 ? request[3] : "",
                    request.length > 4 && !request[4].isEmpty() ? Set.of(request[4].split(",")) : Set.of());
            var inFlight = new AtomicReference<>(katas.getFirst());
            Watchdog.failFast = true;
            Watchdog.newRun();
            // A test left running is reported at its limit, and the worker ends: its teardown may never end.
            // A test with a longer limit of its own: the tool waits that long for its answer.
            Watchdog.onLongerLimit = limit -> protocol.println("L\t" + limit.toMillis());
            Watchdog.onRanAway = (test, failure) -> {
                answer.accept(new KataRunner.TestResult(inFlight.get(), test.getDisplayName(), false,
                        KataRunner.describe(failure, frames), frames.firstCrash(Watchdog.crashesIn(test.getUniqueId()))));
            };
            try {
                KataRunner.runTests(TestClasses.classPath(request[1]), Arrays.asList(request[2].split(",")),
                        katas.stream().map(KataMarks::tag).toList(), frames,
                        kata -> {
                            inFlight.set(kata);
                            protocol.println("S\t" + kata);
                        }, answer);
            } catch (RuntimeException | IOException | LinkageError cannotRun) {
                katas.forEach(kata -> answer.accept(new KataRunner.TestResult(kata, "the test run", false,
                        "the tests could not run: " + KataRunner.describe(cannotRun, frames))));
            }
            protocol.println("E\tfit");
        }
        System.exit(0);
    }

    /**
     * Sends one result; after a test that was left running, this JVM is unfit for the
     * tests still to come in the request: it says so and ends, and the tool runs them elsewhere.
     */
    private static void answer(PrintStream protocol, KataRunner.TestResult result) {
        protocol.println(String.join("\t", "T", result.kata(), result.passed() ? "1" : "0",
                escape(result.test()), escape(result.message()), escape(result.crash())));
        if (Watchdog.ranAway()) {
            protocol.println("E\tunfit");
            Runtime.getRuntime().halt(0);
        }
    }

    /** The first JUnit runs of a JVM are its slowest: they happen here, before the worker is used. */
    private static void warmUp() throws IOException {
        var self = Path.of(TestWorker.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        for (int i = 0; i < WARM_UPS; i++) {
            KataRunner.runTests(List.of(self), List.of(WarmUp.class.getName()), List.of(KataMarks.tag("warm-up")), new StackFrames("", Set.of()),
                    kata -> {}, result -> {});
        }
    }

    private static void endIfBusyWhileIdle() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int busy = 0;
        while (true) {
            long before = os.getProcessCpuTime();
            boolean idleThroughout = idle;
            try {
                Thread.sleep(IDLE_CHECK_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            // Two busy quarter-seconds in a row: more than the JIT compiler's tail after a run.
            boolean spinning = idleThroughout && idle && os.getProcessCpuTime() - before > IDLE_CHECK_MILLIS * 400_000;
            busy = spinning ? busy + 1 : 0;
            if (busy == 2) {
                Runtime.getRuntime().halt(4);
            }
        }
    }

    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "");
    }

    static String unescape(String text) {
        var out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The warm-up's test: the JUnit engine's first runs, on nothing of the learner's. */
    @Tag(KataMarks.TAG + "warm-up")
    static final class WarmUp {
        @Test
        void warm() {
            // Nothing to test: running it is the point.
        }
    }
}
