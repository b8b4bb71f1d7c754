package letitcrash.workbook;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learner's work in one checkout: the katas, their last results and the progress
 * file, with one incremental {@link Build} kept warm between runs.
 *
 * <p>Not thread-safe: watch mode drives it from one thread.
 */
final class Session implements AutoCloseable {

    private final Repo repo;
    private final Catalog catalog;
    private final ProgressFile progress;
    private final Build build = new Build();
    /** The last report, with each kata's latest results merged in. */
    private KataRunner.Report last = new KataRunner.Report(List.of(), List.of());
    private final Map<String, List<KataRunner.TestResult>> results = new LinkedHashMap<>();

    Session(Repo repo) {
        this.repo = repo;
        this.catalog = Catalog.read(repo);
        this.progress = ProgressFile.load(repo);
    }

    Repo repo() {
        return repo;
    }

    Catalog catalog() {
        return catalog;
    }

    ProgressFile progress() {
        return progress;
    }

    /** Runs every kata's tests against the learner's code. */
    KataRunner.Report runAll() {
        return run(catalog.katas().stream().map(Kata::id).toList());
    }

    /** Runs the tests of {@code katas} only; the others keep their last results. */
    KataRunner.Report run(Collection<String> katas) {
        var report = KataRunner.run(build, new Build.Sources("katas/src/main/java", Repo.javaSources(repo.stubs())),
                new Build.Sources("katas/src/test/java", Repo.javaSources(repo.tests())), katas);
        if (report.compiled()) {
            katas.forEach(kata -> results.put(kata, report.of(kata)));
            katas.forEach(kata -> progress.markDone(kata, report.passed(kata)));
        }
        last = new KataRunner.Report(report.compileErrors(), report.refused(),
                results.values().stream().flatMap(List::stream).toList());
        return last;
    }

    KataRunner.Report last() {
        return last;
    }

    /**
     * Whether {@code kata} passed its tests the last time they ran, in this session or (not
     * run yet) before it. Code that does not compile for a moment leaves this as it was:
     * progress is not lost to a typo.
     */
    boolean passed(String kata) {
        var mine = results.get(kata);
        if (mine == null) {
            return progress.done(kata); // not run yet in this session: as the progress file says
        }
        return !mine.isEmpty() && mine.stream().allMatch(KataRunner.TestResult::passed);
    }

    /** The kata to work on: the one chosen, if it is not done, else the first not done. */
    Optional<Kata> current() {
        var chosen = progress.current().flatMap(catalog::kata).filter(k -> !passed(k.id()));
        return chosen.or(() -> catalog.katas().stream().filter(k -> !passed(k.id())).findFirst());
    }

    /** The first kata after {@code kata} that is not done, wrapping around; empty when all are done. */
    Optional<Kata> next(Kata kata) {
        var all = catalog.katas();
        int at = all.indexOf(kata);
        for (int step = 1; step <= all.size(); step++) {
            var candidate = all.get((at + step) % all.size());
            if (!passed(candidate.id())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    long done() {
        return catalog.katas().stream().filter(k -> passed(k.id())).count();
    }

    @Override
    public void close() {
        build.close();
    }
}
