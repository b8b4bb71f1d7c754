package letitcrash.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.approvaltests.approvers.FileApprover;

/**
 * The rules of the kata contract that compile variants of the solutions with the kata
 * tests and run them:
 * <ul>
 * <li>on the solution, every test passes;
 * <li>for every kata, with every later kata stubbed, its tests compile and pass, and at the
 *     end of a chapter so do all the chapter's tests: the katas can be taken in order;
 * <li>with one kata stubbed, every test of that kata fails;
 * <li>with one region stubbed alone, at least one test of its kata fails: a region whose
 *     removal changes nothing teaches nothing;
 * <li>with one wrong solution in place of its region, at least one test of its kata fails.
 * </ul>
 *
 * <p>Every variant goes through one {@link Build}: after the first full compilation a
 * variant recompiles only the files it changes, so forty-odd runs cost a few seconds of
 * compiling. Each variant is shown in errors as {@code solutions/src/main/java}, which it
 * is, but for the regions the message names.
 */
final class RunRules implements AutoCloseable {

    /** How {@link #onTheSolution} begins when the solutions do not compile: then no other rule can run. */
    static final String DOES_NOT_COMPILE = "the solutions do not compile with the kata tests";

    private static final String SHOWN_AS = "solutions/src/main/java";

    private final Build build;
    private final List<Kata> katas;
    private final Map<String, String> solutions;
    private final Build.Sources tests;

    /** The rules for {@code katas}, run with the katas' {@code libraries} ({@link Repo#kataClassPath}). */
    RunRules(List<Kata> katas, Map<String, String> solutions, Build.Sources tests, List<Path> libraries) {
        this.build = new Build(libraries);
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

    /** Every test of every chapter passes on the solution; the first line says if it does not compile. */
    List<String> onTheSolution() {
        var report = run(solutions, tagsUpTo(Integer.MAX_VALUE));
        if (!report.compiled()) {
            return List.of(DOES_NOT_COMPILE + ":\n  " + errors(report));
        }
        var broken = new ArrayList<String>();
        for (var kata : katas) {
            if (report.of(kata.id()).isEmpty()) {
                broken.add("kata " + kata.id() + ": no test is tagged @Tag(\"" + kata.tag() + "\")");
            }
            report.of(kata.id()).stream().filter(r -> !r.passed()).forEach(r -> broken.add(
                    "kata " + kata.id() + ": the solution fails '" + r.test() + "': " + r.message()));
        }
        report.of("").stream().filter(r -> !r.passed()).forEach(r -> broken.add(
                "the solution fails '" + r.test() + "' (a chapter's test, of no kata): " + r.message()));
        broken.addAll(tagsWrittenOut());
        return broken;
    }

    /**
     * Every kata test writes out its tag in its own file: {@code ./learn} runs a kata's tests
     * from the files that name its tag ({@link TestClasses#naming}),
     * and would miss one that inherits it.
     */
    private List<String> tagsWrittenOut() {
        Map<String, List<String>> missed;
        try {
            missed = TestClasses.missed(build.classPath(), tests, katas.stream().map(Kata::id).toList());
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
     * The katas can be taken in order: for every kata K but the last, with every kata after K
     * stubbed, the tests of K pass, and where K ends its chapter so do all the chapter's tests,
     * kata tests or not (Crafting Interpreters' rule: each chapter's state of the code stands
     * on its own). A test is checked in the state with the fewest katas done in which it must
     * pass, the one most likely to break it; the run on the solution checks it with all done.
     */
    List<String> kataPrefixes() {
        var broken = new ArrayList<String>();
        for (var kata : katas.subList(0, Math.max(0, katas.size() - 1))) {
            var tags = new ArrayList<>(List.of(kata.tag()));
            boolean endsChapter = katas.stream().noneMatch(k -> k.chapterNumber() == kata.chapterNumber()
                    && Kata.ORDER.compare(k.id(), kata.id()) > 0);
            if (endsChapter) {
                tags.add(KataMarks.chapterTag(kata.chapterNumber()));
            }
            var report = run(stubbed(k -> Kata.ORDER.compare(k.id(), kata.id()) > 0), tags);
            String prefix = "kata " + kata.id() + ": with every kata after it stubbed, ";
            if (!report.compiled()) {
                broken.add(prefix + "the code does not compile:\n  " + errors(report));
                continue;
            }
            var failing = report.results().stream().filter(r -> !r.passed())
                    .map(r -> "'" + r.test() + "' (" + (r.kata().isEmpty() ? "chapter " + kata.chapterNumber() : "kata " + r.kata())
                            + "): " + r.message())
                    .toList();
            if (!failing.isEmpty()) {
                broken.add(prefix + "these tests fail, so they need a later kata"
                        + " (tag each with the kata it needs):\n  " + String.join("\n  ", failing));
            }
        }
        return broken;
    }

    /** Every test of {@code kata} fails when only its regions are stubbed. */
    List<String> failsOnItsStub(Kata kata) {
        var report = run(stubbed(kata::equals), List.of(kata.tag()));
        if (!report.compiled()) {
            return List.of("kata " + kata.id() + ": its stub does not compile (a region must end its block):\n  " + errors(report));
        }
        return report.of(kata.id()).stream().filter(KataRunner.TestResult::passed)
                .map(r -> "kata " + kata.id() + ": '" + r.test() + "' passes on the pristine stub, so it does not check the learner's work")
                .toList();
    }

    /** A region stubbed alone fails a test of its kata (a kata of one region: {@link #failsOnItsStub} says so). */
    List<String> everyRegionCounts(List<KataRegion> regions) {
        var broken = new ArrayList<String>();
        var byKata = regions.stream().collect(Collectors.groupingBy(KataRegion::kata, LinkedHashMap::new, Collectors.toList()));
        byKata.values().stream().filter(mine -> mine.size() > 1).flatMap(List::stream).forEach(region -> {
            var report = run(region.replacedBy(solutions, StubGenerator.todo(region.region())), List.of(KataMarks.tag(region.kata())), true);
            String name = "kata " + region.kata() + ": its region in " + region.shown();
            if (!report.compiled()) {
                broken.add(name + ", stubbed alone, does not compile:\n  " + errors(report));
            } else if (report.passed(region.kata())) {
                broken.add(name + ", stubbed alone, fails none of the kata's tests: a region whose removal changes"
                        + " nothing is a defect (remove it, or add a test that needs it)");
            }
        });
        return broken;
    }

    /** A wrong solution, in place of its region, fails a test of its kata (or of the later kata it names). */
    List<String> caught(WrongSolution wrong, KataRegion region) {
        var tags = wrong.katas().stream().map(KataMarks::tag).toList();
        var report = run(region.replacedBy(solutions, wrong.indentedBy(region.region().indent())), tags, true);
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
        return List.of();
    }

    /** The generated stubs, every kata stubbed, compile with the tests. */
    List<String> stubsCompile() {
        return run(stubbed(kata -> true), List.of()).compileErrors().stream()
                .map(e -> "the generated stubs do not compile with the tests: " + e).toList();
    }

    private KataRunner.Report run(Map<String, String> main, Collection<String> tags) {
        return run(main, tags, false);
    }

    private KataRunner.Report run(Map<String, String> main, Collection<String> tags, boolean untilAFailure) {
        long start = System.nanoTime();
        var report = KataRunner.runTagged(build, new Build.Sources(SHOWN_AS, main), tests, tags, untilAFailure);
        if (Boolean.getBoolean("contract.timing")) {
            System.err.printf("contract run %s: %d ms%n", tags, (System.nanoTime() - start) / 1_000_000);
        }
        return report;
    }

    private Map<String, String> stubbed(Predicate<Kata> which) {
        var ids = katas.stream().filter(which).map(Kata::id).toList();
        var stubbed = new LinkedHashMap<String, String>();
        solutions.forEach((file, source) -> stubbed.put(file, StubGenerator.stub(file, source, ids::contains)));
        return stubbed;
    }

    /** The tags of chapters 1 to {@code last} ({@code ch01}, ...) and of their katas. */
    private List<String> tagsUpTo(int last) {
        var chapters = katas.stream().map(Kata::chapterNumber).filter(n -> n <= last).distinct().map(KataMarks::chapterTag);
        var mine = katas.stream().filter(kata -> kata.chapterNumber() <= last).map(Kata::tag);
        return Stream.concat(chapters, mine).toList();
    }

    private static String errors(KataRunner.Report report) {
        return String.join("\n  ", report.refused().isEmpty() ? report.compileErrors() : report.refused());
    }

    @Override
    public void close() {
        build.close();
    }
}
