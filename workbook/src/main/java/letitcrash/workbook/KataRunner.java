package letitcrash.workbook;

import static org.junit.platform.launcher.TagFilter.includeTags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.junit.platform.engine.CancellationToken;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherExecutionRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Compiles a set of runtime sources with the kata tests, in this JVM, and runs the tests
 * of the katas asked for: in this JVM (the kata contract, on the reference code), or in
 * worker JVMs (the learner's code, which may leave threads running or end its JVM). The
 * classes live in a class loader of their own, so each run sees exactly the sources it was
 * given: the learner's stubs, the reference solution, or a solution with one kata stubbed out.
 *
 * <p>Every test runs under the {@link Watchdog}: a kata stub hit fails it at once, and
 * learner code that loops or deadlocks fails its test at the time limit.
 */
final class KataRunner {

    /**
     * One test's outcome; for a test that failed, {@code crash} is the first crash of a process
     * it started, thrown by the learner's code ({@link StackFrames#crash}), or empty.
     */
    record TestResult(String kata, String test, boolean passed, String message, String crash) {

        TestResult(String kata, String test, boolean passed, String message) {
            this(kata, test, passed, message, "");
        }
    }

    /**
     * What a run found: compile errors, or code the workbook refuses to run (and then no
     * results), or one result per test run.
     */
    record Report(List<String> compileErrors, List<String> refused, List<TestResult> results) {

        Report(List<String> compileErrors, List<TestResult> results) {
            this(compileErrors, List.of(), results);
        }

        /** Whether the code compiled and may run. */
        boolean compiled() {
            return compileErrors.isEmpty() && refused.isEmpty();
        }

        List<TestResult> of(String kata) {
            return results.stream().filter(r -> r.kata().equals(kata)).toList();
        }

        /** Whether {@code kata} has tests and all of them passed. */
        boolean passed(String kata) {
            var mine = of(kata);
            return compiled() && !mine.isEmpty() && mine.stream().allMatch(TestResult::passed);
        }
    }

    private KataRunner() {}

    /**
     * Brings {@code build} up to date and runs, in this JVM, the tests that carry any of the JUnit
     * {@code tags}, kata tests or not: {@code ch01} selects every test of chapter 1. With
     * {@code untilAFailure} the run ends at the first test that fails, the rest unreported:
     * enough for a rule that wants some test to fail, and it spares the tests after it, which
     * for a wrong solution often wait out their time limits.
     */
    static Report runTagged(Build build, Build.Sources main, Build.Sources tests, Collection<String> tags, boolean untilAFailure) {
        return runTagged(build, main, tests, TestClasses.all(tests), tags, untilAFailure);
    }

    /** As {@link #runTagged(Build, Build.Sources, Build.Sources, Collection, boolean)}, handing JUnit only {@code testClasses}. */
    static Report runTagged(Build build, Build.Sources main, Build.Sources tests, List<String> testClasses, Collection<String> tags,
            boolean untilAFailure) {
        var unfit = compile(build, main, tests);
        if (unfit.isPresent() || tags.isEmpty()) {
            return unfit.orElse(new Report(List.of(), List.of()));
        }
        var results = new ArrayList<TestResult>();
        var cancel = untilAFailure ? CancellationToken.create() : CancellationToken.disabled();
        try {
            runTests(build.classPath(), testClasses, tags, new StackFrames(main), kata -> {}, result -> {
                results.add(result);
                if (!result.passed()) {
                    cancel.cancel();
                }
            }, cancel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the compiled katas", e);
        }
        return new Report(List.of(), results);
    }

    /**
     * What a run in worker JVMs found; which of the katas asked for ran to the end; which were
     * not run at all, being not started (see {@link Session#check}); which were not run because
     * nothing their tests reach changed since their last run, a pass (they keep its results);
     * and the {@link Reach} fingerprint of each kata that ran to the end and passed.
     */
    record Run(Report report, List<String> finished, List<String> notStarted, List<String> unchanged,
            Map<String, String> fingerprints) {

        Run(Report report, List<String> finished) {
            this(report, finished, List.of(), List.of(), Map.of());
        }
    }

    /**
     * Brings {@code build} up to date and runs the tests of {@code katas}, one kata after the
     * other, each in a worker JVM of {@code workers}, until {@code cancelled} says to stop; a
     * kata whose {@link Reach} fingerprint is still the one {@code lastRun} gives it is not run.
     */
    static Run run(Build build, Workers workers, Build.Sources main, Build.Sources tests, Collection<String> katas,
            Map<String, String> lastRun, BooleanSupplier cancelled) throws InterruptedException {
        var unfit = compile(build, main, tests);
        if (unfit.isPresent() || katas.isEmpty()) {
            return new Run(unfit.orElse(new Report(List.of(), List.of())), List.of());
        }
        var testClasses = new LinkedHashMap<String, List<String>>();
        katas.forEach(kata -> testClasses.put(kata, TestClasses.naming(tests, List.of(kata))));
        var fingerprinting = CompletableFuture.supplyAsync(() -> Reach.fingerprints(build.classPath(), testClasses));
        // With no last run of these katas to compare with, every one runs, and the fingerprints are taken while the tests run.
        var unchanged = katas.stream().noneMatch(lastRun::containsKey) ? List.<String>of()
                : katas.stream().filter(kata -> fingerprints(fingerprinting).get(kata).equals(lastRun.get(kata))).toList();
        var changed = katas.stream().filter(kata -> !unchanged.contains(kata)).toList();
        var ran = workers.run(build.classPath(), TestClasses.naming(tests, changed), changed, new StackFrames(main), cancelled);
        var fingerprints = fingerprints(fingerprinting);
        var finished = new LinkedHashMap<String, String>();
        // Only a pass is kept with its fingerprint: a failure may come from outside the code it
        // reaches (a worker that ran out of memory, or was slowed by threads another kata left
        // running), and is run again after the next save.
        ran.finished().stream().filter(kata -> ran.results().stream().filter(r -> r.kata().equals(kata)).allMatch(TestResult::passed))
                .forEach(kata -> finished.put(kata, fingerprints.get(kata)));
        return new Run(new Report(List.of(), ran.results()), ran.finished(), List.of(), unchanged, finished);
    }

    private static Map<String, String> fingerprints(CompletableFuture<Map<String, String>> fingerprinting) {
        try {
            return fingerprinting.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The report of code that may not run or does not compile, or empty when it compiled. */
    private static Optional<Report> compile(Build build, Build.Sources main, Build.Sources tests) {
        var refused = Guard.exits(main);
        if (!refused.isEmpty()) {
            return Optional.of(new Report(List.of(), refused, List.of()));
        }
        var errors = build.update(main, tests);
        return errors.isEmpty() ? Optional.empty() : Optional.of(new Report(errors, List.of()));
    }

    /**
     * Runs, in this JVM, the tests among {@code testClasses} (compiled into the first folder
     * of {@code classPath}, the katas' libraries after it) tagged with any of {@code katas};
     * tells {@code started} the kata of each test as it starts, and hands each result to
     * {@code each} as it comes.
     * Each test is under the {@link Watchdog}: a stub hit fails it at once, and it is
     * stopped at its time limit.
     */
    static void runTests(List<Path> classPath, List<String> testClasses, Collection<String> tags, StackFrames frames,
            Consumer<String> started, Consumer<TestResult> each) throws IOException {
        runTests(classPath, testClasses, tags, frames, started, each, CancellationToken.disabled());
    }

    private static void runTests(List<Path> classPath, List<String> testClasses, Collection<String> tags, StackFrames frames,
            Consumer<String> started, Consumer<TestResult> each, CancellationToken cancel) throws IOException {
        TestClasses.inLoader(classPath, loader -> {
            var discovery = LauncherDiscoveryRequestBuilder.request()
                    .selectors(TestClasses.selectors(loader, testClasses))
                    .filters(includeTags(List.copyOf(tags)))
                    .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true")
                    // The Watchdog keeps every test's limit, its own @Timeout too: JUnit's would interrupt
                    // the Watchdog's wait first and leave the test's thread running unreported.
                    .configurationParameter("junit.jupiter.execution.timeout.mode", "disabled")
                    .build();
            var request = LauncherExecutionRequestBuilder.request(discovery)
                    .listeners(listener(started, each, frames)).cancellationToken(cancel).build();
            try {
                LauncherFactory.create().execute(request);
            } catch (Throwable broken) {
                // JUnit rethrows what it deems unrecoverable, such as OutOfMemoryError.
                tags.forEach(tag -> each.accept(new TestResult(KataMarks.kataOf(tag).orElse(tag), "the test run", false,
                        "the tests could not finish: " + describe(broken, frames))));
            }
            return null;
        });
    }

    private static TestExecutionListener listener(Consumer<String> started, Consumer<TestResult> results, StackFrames frames) {
        return new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier test) {
                if (test.isTest()) {
                    started.accept(kata(test));
                }
            }

            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                if (test.isTest()) {
                    String message = result.getThrowable().map(failure -> describe(failure, frames)).orElse("");
                    boolean passed = result.getStatus() == TestExecutionResult.Status.SUCCESSFUL;
                    var crashes = Watchdog.crashesIn(test.getUniqueId());
                    results.accept(new TestResult(kata(test), test.getDisplayName(), passed, message,
                            passed ? "" : frames.firstCrash(crashes)));
                }
            }
        };
    }

    private static String kata(TestIdentifier test) {
        return test.getTags().stream().map(TestTag::getName)
                .flatMap(t -> KataMarks.kataOf(t).stream()).findFirst().orElse("");
    }

    /** What went wrong, as the learner should read it: the real failure, not its wrapper, and where in their code. */
    static String describe(Throwable failure, StackFrames frames) {
        Throwable cause = failure;
        while (cause instanceof ExecutionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof AssertionError) {
            return cause.getMessage() == null ? "" : cause.getMessage().strip();
        }
        if (cause instanceof TimeoutException) {
            // A test's own guard (Future.get with a timeout, Threads.Running.await): the class name
            // alone says nothing. (JUnit's own time limits, which also throw it, are off in the tool.)
            return GAVE_UP + "\n" + frames.describe(cause);
        }
        return frames.describe(cause);
    }

    /** What a test's {@link TimeoutException} means for the learner's code. */
    static final String GAVE_UP = "The test gave up waiting for your code: a lock never released, a signal never sent,"
            + " or a wait that never ends?";
}
