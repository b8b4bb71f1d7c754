package letitcrash.workbook;

import java.nio.file.Files;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
    /** The katas the last check of each found not started. */
    private final Set<String> notStarted = new HashSet<>();
    /** The {@link Reach} fingerprint of each kata's last run, which its results in {@code results} are from. */
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();
    /** The stubs of the katas' files by file, made when a check first needs them. */
    private final Map<String, String> stubs = new ConcurrentHashMap<>();

    /** A session for one command: its tests run in one worker JVM, started when first needed. */
    Session(Repo repo) {
        this(repo, new Workers(false, repo.root()));
    }

    /**
     * A session for a command that runs tests at once: its worker JVM starts now, and warms up
     * while the session reads the checkout.
     */
    static Session running(Repo repo) {
        var workers = new Workers(false, repo.root());
        workers.warmUp();
        try {
            return new Session(repo, workers);
        } catch (RuntimeException | Error e) {
            workers.close();
            throw e;
        }
    }

    Session(Repo repo, Workers workers) {
        this.repo = repo;
        this.workers = workers;
        this.build = Build.kept(repo);
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

    /**
     * Runs every kata's tests against the learner's code; those of a kata not started, only
     * when it is the current one.
     */
    KataRunner.Report runAll() {
        var before = current();
        var report = run(allKatas(), before.orElse(null));
        // The progress file was out of date: the current kata is another, and not yet run.
        var after = current();
        if (after.isPresent() && !after.equals(before) && notStarted(after.get().id())) {
            report = run(List.of(after.get().id()), after.get());
        }
        return report;
    }

    /**
     * Runs the tests of the current kata only, or, with every kata done as last checked, of the
     * kata last worked on; the others keep their progress as last checked (running them all
     * took 8.4 s with six chapters done). When that run moves the current kata on, the new
     * one's tests run too, so that the screen shows a verdict.
     */
    KataRunner.Report runCurrent() {
        var before = current().or(() -> progress.current().flatMap(catalog::kata));
        var report = run(before.map(kata -> List.of(kata.id())).orElse(List.of()), before.orElse(null));
        var after = current();
        if (after.isPresent() && !after.equals(before)) {
            report = run(List.of(after.get().id()), after.get());
        }
        return report;
    }

    List<String> allKatas() {
        return catalog.katas().stream().map(Kata::id).toList();
    }

    /** Runs the tests of {@code katas} only, {@code current} (may be null) even if not started; the others keep their last results. */
    KataRunner.Report run(Collection<String> katas, Kata current) {
        try {
            return accept(check(katas, current == null ? null : current.id(), false, () -> false));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the kata tests ran", e);
        }
    }

    /**
     * Compiles the learner's code and runs the tests of {@code katas} in worker JVMs, until
     * {@code cancelled}; changes nothing else, so that another thread may {@link #accept} it.
     * Only one thread at a time may check.
     *
     * <p>A kata not started (its methods still exactly the stub's) is not run, unless it is
     * {@code current} (may be null): its tests could only hit the stub, and the learner sees
     * the first of them fail for the kata they work on. With a book of katas ahead, this is
     * most of the tests a command would run.
     *
     * <p>With {@code onlyChanged}, a kata is not run either when it passed its last run and
     * nothing its tests reach has changed since ({@link Reach}): it keeps that run's results. Watch mode checks
     * the other katas so after a save, and a save to one chapter's file runs only the katas
     * whose tests reach it (with six chapters done, 18 katas took 5 s after every save).
     */
    KataRunner.Run check(Collection<String> katas, String current, boolean onlyChanged, BooleanSupplier cancelled)
            throws InterruptedException {
        // The worker JVM starts now, while the code compiles.
        if (!katas.isEmpty()) {
            workers.warmUp();
        }
        var mine = Repo.javaSources(repo.stubs());
        var notStarted = katas.stream().filter(id -> !id.equals(current))
                .filter(id -> catalog.kata(id).filter(kata -> LearnerWork.notStarted(kata, stubs(kata), mine)).isPresent())
                .toList();
        var started = katas.stream().filter(id -> !notStarted.contains(id)).toList();
        var run = KataRunner.run(build, workers, new Build.Sources("katas/src/main/java", mine),
                new Build.Sources("katas/src/test/java", Repo.javaSources(repo.tests())), started,
                onlyChanged ? Map.copyOf(fingerprints) : Map.of(), cancelled);
        return new KataRunner.Run(run.report(), run.finished(), notStarted, run.unchanged(), run.fingerprints());
    }

    /**
     * The stubs of {@code kata}'s files, as a fresh clone has them; made once a session. A
     * solution file gone since the session began has none, and its katas count as started.
     */
    private Map<String, String> stubs(Kata kata) {
        for (String file : kata.files()) {
            var solution = repo.solutions().resolve(file);
            if (Files.isRegularFile(solution)) {
                stubs.computeIfAbsent(file, f -> StubGenerator.stub(f, Workbook.read(solution), any -> true));
            }
        }
        return stubs;
    }

    /**
     * Takes in a check's results: each kata that ran to the end gets its new results and
     * done mark; a kata that did not keeps the ones it had. Returns the merged report.
     */
    KataRunner.Report accept(KataRunner.Run run) {
        var report = run.report();
        if (report.compiled()) {
            run.finished().forEach(kata -> results.put(kata, report.of(kata)));
            fingerprints.keySet().removeAll(run.finished());
            fingerprints.keySet().removeAll(run.notStarted());
            fingerprints.putAll(run.fingerprints());
            run.finished().forEach(kata -> progress.markDone(kata, report.passed(kata)));
            run.notStarted().forEach(kata -> results.put(kata, List.of()));
            run.notStarted().forEach(kata -> progress.markDone(kata, false));
            notStarted.removeAll(run.finished());
            notStarted.addAll(run.notStarted());
        }
        last = new KataRunner.Report(report.compileErrors(), report.refused(),
                results.values().stream().flatMap(List::stream).toList());
        return last;
    }

    KataRunner.Report last() {
        return last;
    }

    /** Whether the last check of {@code kata} found it not started, and so did not run it. */
    boolean notStarted(String kata) {
        return notStarted.contains(kata);
    }

    /**
     * Whether {@code kata} is done: as its last results say, or, before it has any (watch
     * mode's first screen comes before the checks), as the progress file remembers. Code that
     * does not compile now changes neither: the results are those of the last code that did.
     */
    boolean passed(String kata) {
        var mine = results.get(kata);
        return mine == null ? progress.done(kata) : !mine.isEmpty() && mine.stream().allMatch(KataRunner.TestResult::passed);
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
