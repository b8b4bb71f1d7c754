package letitcrash.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.approvaltests.approvers.FileApprover;

/**
 * The rules of the kata contract that compile variants of the solutions with the kata
 * tests and run them:
 * <ul>
 * <li>for every kata, with every later kata stubbed, it has tests and they compile and pass,
 *     and at the end of a chapter so do all the chapter's tests: the katas can be taken in
 *     order (for the last kata, that is on the solution);
 * <li>with one kata stubbed, every test of that kata fails;
 * <li>with one region stubbed alone, at least one test of its kata fails: a region whose
 *     removal changes nothing teaches nothing;
 * <li>with one wrong solution in place of its region, at least one test of its kata fails.
 * </ul>
 *
 * <p>Each rule makes {@link Check}s, one a variant, and {@link #verdicts} runs them. The
 * checks run side by side on {@code contract.workers} threads (two a core, at most four:
 * a wrong solution's run often waits out a hang guard, polling, and leaves its core to the
 * others), each with a {@link Build} of its own: after the first full compilation a variant
 * recompiles only the files it changes, so a hundred-odd runs cost seconds of compiling, and
 * the second build starts as a copy of the first. A run of kata tags hands JUnit only the
 * test classes whose files write out those tags ({@link #onTheSolution} checks
 * that this misses no test); a run with a chapter's tag hands it every class. A check that
 * a test's time limit broke runs once more at the end, alone (beside whatever runaways the
 * others left running): beside the others, on a busy machine, a correct test can be stopped
 * at its limit; a wrong one is stopped again. A verdict the second run overturns is printed.
 *
 * <p>Two checks that may run the same approval test class never run at once: an approval
 * test writes its {@code .received.txt} beside its approved file and compares the two, so
 * two variants verifying one file at once could read each other's. The approval test
 * classes are those that reach ApprovalTests' classes ({@link Reach#reaching}). Every
 * variant runs in a class loader of its own, so nothing else of the runtime or the tests is
 * shared.
 *
 * <p>Each variant is shown in errors as {@code solutions/src/main/java}, which it
 * is, but for the regions the message names.
 */
final class RunRules implements AutoCloseable {

    /** How {@link #onTheSolution} begins when the solutions do not compile: then no other rule can run. */
    static final String DOES_NOT_COMPILE = "the solutions do not compile with the kata tests";

    private static final String SHOWN_AS = "solutions/src/main/java";

    /**
     * One run of the contract: a variant of the solutions, the tags whose tests it runs (until
     * the first failure, or all), and what its report breaks.
     */
    record Check(String name, Map<String, String> main, List<String> tags, boolean untilAFailure, Function<KataRunner.Report, List<String>> verdict) {}

    /** One build a worker: worker i compiles only in {@code builds.get(i)}. */
    private final List<Build> builds;
    private final List<Kata> katas;
    private final Map<String, String> solutions;
    private final Build.Sources tests;
    /**
     * The test classes that write approval files, found once the solution is compiled; until
     * then, null: every test class counts as one.
     */
    private Set<String> approving;

    /** The rules for {@code katas}, run with the katas' {@code libraries} ({@link Repo#kataClassPath}). */
    RunRules(List<Kata> katas, Map<String, String> solutions, Build.Sources tests, List<Path> libraries) {
        int workers = Math.max(1, Integer.getInteger("contract.workers", Math.min(4, 2 * Runtime.getRuntime().availableProcessors())));
        this.builds = Stream.generate(() -> new Build(libraries)).limit(workers).toList();
        this.katas = katas;
        this.solutions = solutions;
        this.tests = tests;
        // ApprovalTests refuses a second verify of one approved file in a JVM; the contract
        // runs the same approval tests once per variant, each in a class loader of its own.
        FileApprover.tracker.addAllowedDuplicates(approved -> true);
    }

    List<Kata> katas() {
        return katas;
    }

    /**
     * The solution compiles with the tests, which write out their tags; the first line says if
     * it does not compile. The first build compiles it, and the others copy that. Its tests run
     * in {@link #kataPrefixes}: the last kata's prefix is the solution.
     */
    List<String> onTheSolution() {
        long start = System.nanoTime();
        var compiled = KataRunner.runTagged(builds.getFirst(), new Build.Sources(SHOWN_AS, solutions), tests, List.of(), false);
        timing("compile the solution", start);
        if (!compiled.compiled()) {
            return List.of(DOES_NOT_COMPILE + ":\n  " + errors(compiled));
        }
        builds.subList(1, builds.size()).forEach(build -> build.copyOf(builds.getFirst()));
        approving = Reach.reaching(builds.getFirst().classPath(), TestClasses.all(tests), "org/approvaltests/");
        return tagsWrittenOut();
    }

    /**
     * Every kata test writes out its tag in its own file: {@code ./learn} runs a kata's tests
     * from the files that name its tag ({@link TestClasses#naming}), as do the checks here,
     * and would miss one that inherits it.
     */
    private List<String> tagsWrittenOut() {
        Map<String, List<String>> missed;
        try {
            missed = TestClasses.missed(builds.getFirst().classPath(), tests, katas.stream().map(Kata::id).toList());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot load the compiled katas", e);
        }
        var broken = new ArrayList<String>();
        katas.forEach(kata -> missed.get(kata.id()).forEach(test -> broken.add("kata " + kata.id() + ": " + test
                + " is in a file that does not write out @Tag(\"" + kata.tag() + "\") (the tag is inherited or composed),"
                + " so ./learn would not run it: write the tag in the test's own file")));
        return broken;
    }

    /**
     * The katas can be taken in order: for every kata K, with every kata after K stubbed, K has
     * tests and they pass, and where K ends its chapter so do all the chapter's tests, kata
     * tests or not (Crafting Interpreters' rule: each chapter's state of the code stands on its
     * own). A test is checked in the state with the fewest katas done in which it must pass,
     * the one most likely to break it. For the last kata that state is the solution, on which
     * the reference module runs every test: here only the last kata's own tests run, to see
     * that it has some, and not its chapter's again.
     */
    List<Check> kataPrefixes() {
        var checks = new ArrayList<Check>();
        for (var kata : katas) {
            var tags = new ArrayList<>(List.of(kata.tag()));
            boolean endsChapter = katas.stream().noneMatch(k -> k.chapterNumber() == kata.chapterNumber()
                    && Kata.ORDER.compare(k.id(), kata.id()) > 0);
            boolean last = kata.equals(katas.getLast());
            if (endsChapter && !last) {
                tags.add(KataMarks.chapterTag(kata.chapterNumber()));
            }
            checks.add(new Check("prefix " + kata.id(), stubbed(k -> Kata.ORDER.compare(k.id(), kata.id()) > 0), tags, false, report -> {
                String prefix = "kata " + kata.id() + ": " + (last ? "on the solution, " : "with every kata after it stubbed, ");
                if (!report.compiled()) {
                    return List.of(prefix + "the code does not compile:\n  " + errors(report));
                }
                var broken = new ArrayList<String>();
                if (report.of(kata.id()).isEmpty()) {
                    broken.add("kata " + kata.id() + ": no test is tagged @Tag(\"" + kata.tag() + "\")");
                }
                var failing = report.results().stream().filter(r -> !r.passed())
                        .map(r -> "'" + r.test() + "' (" + (r.kata().isEmpty() ? "chapter " + kata.chapterNumber() : "kata " + r.kata())
                                + "): " + r.message())
                        .toList();
                if (!failing.isEmpty()) {
                    broken.add(prefix + "these tests fail" + (last ? "" : ": they need a later kata (tag each with the kata"
                            + " it needs), unless the solution is wrong (the reference module's run says)")
                            + ":\n  " + String.join("\n  ", failing));
                }
                return broken;
            }));
        }
        return checks;
    }

    /** Every test of {@code kata} fails when only its regions are stubbed. */
    Check failsOnItsStub(Kata kata) {
        return new Check("stub " + kata.id(), stubbed(kata::equals), List.of(kata.tag()), false, report -> {
            if (!report.compiled()) {
                return List.of("kata " + kata.id() + ": its stub does not compile (a region must end its block):\n  " + errors(report));
            }
            return report.of(kata.id()).stream().filter(KataRunner.TestResult::passed)
                    .map(r -> "kata " + kata.id() + ": '" + r.test() + "' passes on the pristine stub, so it does not check the learner's work")
                    .toList();
        });
    }

    /** A region stubbed alone fails a test of its kata (a kata of one region: {@link #failsOnItsStub} says so). */
    List<Check> everyRegionCounts(List<KataRegion> regions) {
        var byKata = regions.stream().collect(Collectors.groupingBy(KataRegion::kata, LinkedHashMap::new, Collectors.toList()));
        return byKata.values().stream().filter(mine -> mine.size() > 1).flatMap(List::stream).map(region -> new Check(
                "region " + region.shown(), region.replacedBy(solutions, StubGenerator.todo(region.region())), List.of(KataMarks.tag(region.kata())), true, report -> {
                    String name = "kata " + region.kata() + ": its region in " + region.shown();
                    if (!report.compiled()) {
                        return List.of(name + ", stubbed alone, does not compile:\n  " + errors(report));
                    }
                    if (report.passed(region.kata())) {
                        return List.of(name + ", stubbed alone, fails none of the kata's tests: a region whose removal changes"
                                + " nothing is a defect (remove it, or add a test that needs it)");
                    }
                    return List.<String>of();
                })).toList();
    }

    /** A wrong solution, in place of its region, fails a test of its kata (or of the later kata it names). */
    Check caught(WrongSolution wrong, KataRegion region) {
        var tags = wrong.katas().stream().map(KataMarks::tag).toList();
        return new Check("wrong " + wrong.shown(), region.replacedBy(solutions, wrong.indentedBy(region.region().indent())), tags, true, report -> {
            String name = "kata " + wrong.kata() + ": the wrong solution " + wrong.shown() + " (" + wrong.method() + "(): " + wrong.mistake() + ")";
            if (!report.compiled()) {
                return List.of(name + " does not compile in place of the region in " + region.shown()
                        + "; bring it up to date with the code it replaces:\n  " + errors(report));
            }
            if (wrong.katas().stream().allMatch(report::passed)) {
                int count = wrong.katas().stream().mapToInt(id -> report.of(id).size()).sum();
                return List.of(name + " passes all " + count + " of the " + (wrong.caughtBy().isPresent() ? "katas'" : "kata's")
                        + " tests: the tests let it through; add a test that catches it");
            }
            return List.<String>of();
        });
    }

    /** The generated stubs, every kata stubbed, compile with the tests. */
    Check stubsCompile() {
        return new Check("stubs compile", stubbed(kata -> true), List.of(), false, report -> report.compileErrors().stream()
                .map(e -> "the generated stubs do not compile with the tests: " + e).toList());
    }

    /**
     * What {@code checks} break, in their order: they run on the workers side by side, each
     * worker taking the first check waiting whose approval test classes no running check may
     * run. Other test classes run side by side in several checks: each check loads them in a
     * class loader of its own, and they write no file outside a temporary folder.
     */
    List<String> verdicts(List<Check> checks) {
        var classes = checks.stream().map(this::classesOf).toList();
        var keys = checks.stream().map(this::mayRun).toList();
        var verdicts = new ArrayList<List<String>>(Collections.nCopies(checks.size(), null));
        var waiting = new ArrayList<Integer>();
        for (int i = 0; i < checks.size(); i++) {
            waiting.add(i);
        }
        var running = new HashSet<String>();
        var hung = new ArrayList<Integer>();
        side(builds.size(), worker -> {
            while (true) {
                int next;
                synchronized (waiting) {
                    while (true) {
                        var free = waiting.stream().filter(i -> Collections.disjoint(keys.get(i), running)).findFirst();
                        if (free.isPresent()) {
                            next = free.get();
                            waiting.remove(Integer.valueOf(next));
                            running.addAll(keys.get(next));
                            break;
                        }
                        if (waiting.isEmpty()) {
                            return null;
                        }
                        try {
                            waiting.wait();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("the contract was interrupted", e);
                        }
                    }
                }
                try {
                    var check = checks.get(next);
                    var report = run(check, classes.get(next), builds.get(worker), "worker " + worker);
                    var verdict = check.verdict().apply(report);
                    verdicts.set(next, verdict);
                    if (!verdict.isEmpty() && report.results().stream().anyMatch(r -> !r.passed() && Watchdog.hung(r.message()))) {
                        synchronized (waiting) {
                            hung.add(next);
                        }
                    }
                } finally {
                    synchronized (waiting) {
                        running.removeAll(keys.get(next));
                        waiting.notifyAll();
                    }
                }
            }
        });
        // A check broken by a test's time limit may only have run slowly, beside the others and
        // whatever else the machine runs: it runs once more, alone, and that verdict stands.
        Collections.sort(hung);
        for (int next : hung) {
            var check = checks.get(next);
            var alone = check.verdict().apply(run(check, classes.get(next), builds.getFirst(), "alone, after a time limit"));
            if (alone.isEmpty()) {
                // Said, not hidden: a solution that deadlocks now and then passes here too (the
                // reference module's run of every test is the net for that).
                System.err.println("kata contract: " + check.name() + " broke at a test's time limit beside the other checks,"
                        + " and kept the contract alone:\n  " + String.join("\n  ", verdicts.get(next)));
            }
            verdicts.set(next, alone);
        }
        return verdicts.stream().flatMap(List::stream).toList();
    }

    /** Runs {@code check}'s tests, of {@code classes}, in {@code build}; timed as {@code who}. */
    private KataRunner.Report run(Check check, List<String> classes, Build build, String who) {
        long start = System.nanoTime();
        var report = KataRunner.runTagged(build, new Build.Sources(SHOWN_AS, check.main()), tests, classes, check.tags(), check.untilAFailure());
        timing(who + ": " + check.name() + " " + check.tags(), start);
        return report;
    }

    /**
     * The test classes a check hands JUnit, which are those it may run: for kata tags, the files
     * that write out one of them; with a chapter's tag, every class (a chapter's tag may be
     * inherited); with no tag (a compilation alone), none.
     */
    private List<String> classesOf(Check check) {
        var ids = check.tags().stream().flatMap(tag -> KataMarks.kataOf(tag).stream()).toList();
        return ids.size() < check.tags().size() ? TestClasses.all(tests) : TestClasses.naming(tests, ids);
    }

    /**
     * The test classes a check may run, which no other check may run meanwhile: those whose
     * files write out one of its tags and, where it has a chapter's tag, those that might
     * inherit a tag (their files write out no chapter's tag, or extend a class), though a
     * check of a chapter hands JUnit every class. So the checks of kata tags, most of them,
     * are kept apart only from those that run their kata's classes.
     */
    private Set<String> mayRun(Check check) {
        var quoted = check.tags().stream().map(tag -> "\"" + tag + "\"").toList();
        boolean chapter = check.tags().stream().anyMatch(tag -> KataMarks.kataOf(tag).isEmpty());
        var files = new LinkedHashMap<String, String>();
        tests.files().forEach((file, text) -> {
            if (quoted.stream().anyMatch(text::contains)
                    || chapter && (!CHAPTER_TAG.matcher(text).find() || EXTENDS.matcher(text).find())) {
                files.put(file, text);
            }
        });
        var classes = new HashSet<>(TestClasses.all(new Build.Sources(tests.shownAs(), files)));
        if (approving != null) {
            classes.retainAll(approving);
        }
        return classes;
    }

    private static final Pattern CHAPTER_TAG = Pattern.compile("\"ch\\d+\"");
    private static final Pattern EXTENDS = Pattern.compile("\\bextends\\s+[A-Z]");

    /** The results of {@code work} for workers 0 to {@code count - 1}, each on a thread of its own (worker 0 on this one). */
    private static <T> List<T> side(int count, IntFunction<T> work) {
        var results = new ArrayList<T>(Collections.nCopies(count, null));
        var failures = new ArrayList<Throwable>();
        var threads = new ArrayList<Thread>();
        for (int worker = 1; worker < count; worker++) {
            int mine = worker;
            threads.add(Thread.ofPlatform().name("contract worker " + mine).start(() -> {
                try {
                    results.set(mine, work.apply(mine));
                } catch (Throwable failure) {
                    synchronized (failures) {
                        failures.add(failure);
                    }
                }
            }));
        }
        try {
            results.set(0, work.apply(0));
        } finally {
            for (var thread : threads) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("the contract was interrupted", e);
                }
            }
        }
        synchronized (failures) {
            if (!failures.isEmpty()) {
                switch (failures.getFirst()) {
                    case RuntimeException runtime -> throw runtime;
                    case Error error -> throw error;
                    case Throwable other -> throw new IllegalStateException(other);
                }
            }
        }
        return results;
    }

    private static void timing(String what, long start) {
        if (Boolean.getBoolean("contract.timing")) {
            System.err.printf("contract %s: %d ms%n", what, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private Map<String, String> stubbed(Predicate<Kata> which) {
        var ids = katas.stream().filter(which).map(Kata::id).toList();
        var stubbed = new LinkedHashMap<String, String>();
        solutions.forEach((file, source) -> stubbed.put(file, StubGenerator.stub(file, source, ids::contains)));
        return stubbed;
    }

    private static String errors(KataRunner.Report report) {
        return String.join("\n  ", report.refused().isEmpty() ? report.compileErrors() : report.refused());
    }

    @Override
    public void close() {
        builds.forEach(Build::close);
    }
}
