package letitcrash.workbook;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * The learner's work in one checkout: the katas, their last results and the progress
 * file, with one incremental {@link Build} kept warm between runs.
 *
 * <p>Not thread-safe, with one exception: {@link #check} (the build and the test runs) may
 * run on one thread while another reads the session and {@link #accept}s what checks found;
 * watch mode does so, its runner thread checking and its screen thread accepting.
 */
final class Session implements AutoCloseable {

    private final Repo repo;
    private final Catalog catalog;
    private final ProgressFile progress;
    private final Build build;
    private final Workers workers;
    /** The last report, with each kata's latest results merged in. */
    private KataRunner.Report last = new KataRunner.Report(List.of(), List.of());
    private final Map<String, List<KataRunner.TestResult>> results = new LinkedHashMap<>();

    /** A session for one command: its tests run in one worker JVM, started when first needed. */
    Session(Repo repo) {
        this(repo, new Workers(false));
    }

    Session(Repo repo, Workers workers) {
        this.repo = repo;
        this.workers = workers;
        this.build = Build.kept(repo.root().resolve("katas/target/learn"));
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
        return run(allKatas());
    }

    List<String> allKatas() {
        return catalog.katas().stream().map(Kata::id).toList();
    }

    /** Runs the tests of {@code katas} only; the others keep their last results. */
    KataRunner.Report run(Collection<String> katas) {
        try {
            return accept(check(katas, () -> false));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the kata tests ran", e);
        }
    }

    /**
     * Compiles the learner's code and runs the tests of {@code katas} in worker JVMs, until
     * {@code cancelled}; changes nothing else, so that another thread may {@link #accept} it.
     * Only one thread at a time may check.
     */
    KataRunner.Run check(Collection<String> katas, BooleanSupplier cancelled) throws InterruptedException {
        // The worker JVM starts now, while the code compiles.
        workers.warmUp();
        return KataRunner.run(build, workers, new Build.Sources("katas/src/main/java", Repo.javaSources(repo.stubs())),
                new Build.Sources("katas/src/test/java", Repo.javaSources(repo.tests())), katas, cancelled);
    }

    /**
     * Takes in a check's results: each kata that ran to the end gets its new results and
     * done mark; a kata that did not keeps the ones it had. Returns the merged report.
     */
    KataRunner.Report accept(KataRunner.Run run) {
        var report = run.report();
        if (report.compiled()) {
            run.finished().forEach(kata -> results.put(kata, report.of(kata)));
            run.finished().forEach(kata -> progress.markDone(kata, report.passed(kata)));
        }
        last = new KataRunner.Report(report.compileErrors(), report.refused(),
                results.values().stream().flatMap(List::stream).toList());
        return last;
    }

    KataRunner.Report last() {
        return last;
    }

    /**
     * Whether {@code kata} is done: as its last results say, or, before it has any (watch
     * mode's first screen comes before the checks), as the progress file remembers.
     */
    boolean passed(String kata) {
        return results.containsKey(kata) ? last.passed(kata) : progress.done(kata);
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
        workers.close();
        build.close();
    }
}
