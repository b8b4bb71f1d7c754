package letitcrash.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import picocli.CommandLine.Help.Ansi;

/**
 * The benchmark behind {@code ./learn benchmark}, in a copy of the checkout:
 * <ul>
 * <li>each command a learner starts ({@code --once}, {@code list}, {@code verify}, {@code hint}, {@code solution}), as a
 *     process, after one warm-up start;
 * <li>save to verdict: it saves kata 1.1's file over and over, alternating the stub and the
 *     solved kata, and times each save until watch mode's verdict for the kata is drawn (file
 *     event, incremental compile, test run in the worker JVM, screen);
 * <li>watch mode itself, in a JVM of its own ({@link WatchProbe}): its first screen, its
 *     verdicts, and a key's screen while the runner is busy with a save;
 * <li>recovery: a save of an endless loop (its verdict comes at the test's time limit), then
 *     the time from that verdict to the next save's correct one.
 * </ul>
 * All in the state the figures are for: chapters 1 to 6 done, the later katas stubbed.
 * The baseline, measured in the same run, is what a learner without the tool would do:
 * {@code mvn -q -o -pl katas test -Dgroups=kata-1.1}; each figure is also given as a ratio to it.
 */
final class WatchBenchmark {

    private static final String KATA = "1.1";
    private static final int WARM_UP = 5;
    private static final int MAVEN_RUNS = 3;
    private static final int COMMAND_RUNS = 3;
    private static final int RECOVERIES = 3;
    private static final int KEYS = 20;
    /** The learner's state the figures are for: the katas of chapters 1 to 6 done, the later ones not. */
    private static final int SOLVED_CHAPTERS = 6;

    private WatchBenchmark() {}

    static int run(Repo repo, int saves) throws Exception {
        Path copy = Files.createTempDirectory("learn-benchmark");
        try {
            copyTree(repo.root(), copy);
            var bench = new Repo(copy);
            solveChaptersUpTo(bench, SOLVED_CHAPTERS);
            var file = Catalog.read(bench).kata(KATA).orElseThrow().files().getFirst();
            var source = Workbook.read(bench.solutions().resolve(file));
            Predicate<String> later = kata -> Catalog.chapterOf(kata) > SOLVED_CHAPTERS;
            var stub = StubGenerator.stub(file, source, later.or(KATA::equals));
            var solved = StubGenerator.stub(file, source, later);
            var target = bench.stubs().resolve(file);

            var maven = new ArrayList<Long>();
            for (int i = 0; i < MAVEN_RUNS; i++) {
                maven.add(maven(copy));
            }
            var rows = new java.util.LinkedHashMap<String, List<Long>>();
            rows.put("mvn -q -o -pl katas test -Dgroups=" + KataMarks.tag(KATA), maven);
            for (String command : List.of("--once", "list", "verify", "hint " + KATA, "solution " + KATA)) {
                rows.put("./learn " + command + " (warm start)", command(copy, command));
            }
            // Kata 1.1 to do, the rest done: the watch has a current kata to check first. The progress
            // file says so too, as a learner's would (the commands above marked 1.1 done, and with
            // every kata recorded done the watch would check all of them before 1.1's verdict).
            Files.writeString(target, stub);
            ProgressFile.load(bench).markDone(KATA, false);
            var watch = WatchProbe.measure(copy, target, List.of(solved, solved + "\n// saved again\n"), KEYS);
            rows.put("./learn watch: first screen (warm start)", List.of(watch.firstScreen()));
            rows.put("./learn watch: kata " + KATA + "'s verdict", List.of(watch.currentVerdict()));
            rows.put("./learn watch: every kata's verdict", List.of(watch.everyVerdict()));
            rows.put("a key's screen, runner busy (" + KEYS + " keys)", watch.keys());
            rows.put("save to verdict, kata " + KATA + " (" + saves + " saves)", saveToVerdict(bench, target, List.of(stub, solved), saves));
            String loop = KataMarks.STUB_THROW.matcher(stub).replaceFirst("while (true) { Thread.onSpinWait(); }");
            var recovery = recovery(bench, target, loop, solved);
            rows.put("an endless loop's verdict (limit " + Watchdog.LIMIT.toSeconds() + " s)", recovery.get(0));
            rows.put("then a correct save's verdict", recovery.get(1));
            System.out.printf("%-52s %10s %10s %10s%n", "", "median ms", "p90 ms", "/ mvn");
            rows.forEach((name, times) -> System.out.printf("%-52s %10.0f %10.0f %10.3f%n", name,
                    ms(median(times)), ms(p90(times)), (double) median(times) / median(maven)));
            return 0;
        } finally {
            delete(copy);
        }
    }

    /** Writes the solved code of every kata of chapters 1 to {@code last} into the copy's stubs. */
    static void solveChaptersUpTo(Repo bench, int last) throws IOException {
        var files = Catalog.read(bench).katas().stream().flatMap(kata -> kata.files().stream()).distinct().toList();
        for (String file : files) {
            var source = Workbook.read(bench.solutions().resolve(file));
            Files.writeString(bench.stubs().resolve(file), StubGenerator.stub(file, source, kata -> Catalog.chapterOf(kata) > last));
        }
    }

    private static List<Long> saveToVerdict(Repo bench, Path target, List<String> versions, int saves) throws Exception {
        var times = new ArrayList<Long>();
        var changes = new LinkedBlockingQueue<Long>();
        try (var session = new Session(bench, new Workers(true, bench.root()));
                var watcher = new SourceWatcher(List.of(bench.stubs(), bench.tests()), false, () -> changes.add(System.nanoTime()))) {
            session.runAll();
            var kata = session.catalog().kata(KATA).orElseThrow();
            var screen = new Screen(Ansi.OFF);
            for (int i = 0; i < WARM_UP + saves; i++) {
                long start = System.nanoTime();
                Files.writeString(target, versions.get(i % versions.size()));
                changes.take();
                while (changes.poll(30, TimeUnit.MILLISECONDS) != null) {
                    // the same save's other events, as watch mode drains them
                }
                session.run(List.of(KATA), kata);
                String drawn = String.join("\n", screen.status(session, kata));
                if (!drawn.contains("Kata " + KATA)) {
                    throw new IllegalStateException("the screen did not show the kata:\n" + drawn);
                }
                if (i >= WARM_UP) {
                    times.add(System.nanoTime() - start);
                }
            }
        }
        return times;
    }

    /** Times of a save of {@code loop} to its verdict, and of the correct save after it to its verdict. */
    private static List<List<Long>> recovery(Repo bench, Path target, String loop, String solved) throws Exception {
        var runaway = new ArrayList<Long>();
        var after = new ArrayList<Long>();
        try (var session = new Session(bench, new Workers(true, bench.root()))) {
            session.run(List.of(KATA), null);
            for (int i = 0; i < RECOVERIES; i++) {
                runaway.add(timed(() -> check(session, target, loop, false)));
                after.add(timed(() -> check(session, target, solved, true)));
            }
        }
        return List.of(runaway, after);
    }

    private static void check(Session session, Path target, String source, boolean passes) throws IOException {
        Files.writeString(target, source);
        if (session.run(List.of(KATA), null).passed(KATA) != passes) {
            throw new IllegalStateException("kata " + KATA + " should " + (passes ? "" : "not ") + "pass with:\n" + source);
        }
    }

    private interface Step {
        void run() throws Exception;
    }

    private static long timed(Step step) throws Exception {
        long start = System.nanoTime();
        step.run();
        return System.nanoTime() - start;
    }

    /** Times of {@code ./learn command} started afresh, after a first start that leaves the build warm. */
    private static List<Long> command(Path root, String command) throws Exception {
        var learn = Worker.tool();
        learn.addAll(List.of("-Dworkbook.root=" + root, "-cp", System.getProperty("java.class.path"), Workbook.class.getName()));
        learn.addAll(List.of(command.split(" ")));
        var times = new ArrayList<Long>();
        for (int i = 0; i <= COMMAND_RUNS; i++) {
            long time = timed(() -> new ProcessBuilder(learn).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor());
            if (i > 0) {
                times.add(time);
            }
        }
        return times;
    }

    private static long maven(Path root) throws IOException, InterruptedException {
        long start = System.nanoTime();
        var process = new ProcessBuilder("mvn", "-B", "-q", "-o", "-ntp", "-pl", "katas", "test", "-Dgroups=" + KataMarks.tag(KATA))
                .directory(root.toFile()).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        process.waitFor();
        return System.nanoTime() - start;
    }

    private static long median(List<Long> times) {
        return times.stream().sorted().toList().get(times.size() / 2);
    }

    private static long p90(List<Long> times) {
        return times.stream().sorted().toList().get(Math.min(times.size() - 1, (int) Math.ceil(times.size() * 0.9) - 1));
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** Copies the checkout at {@code from} into {@code to}, without its builds, history, book and benchmarks. */
    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> !from.relativize(f).toString().matches("(.*/)?(target|\\.git|book|benchmarks)(/.*)?")).toList()) {
                var dest = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(file, dest);
                }
            }
        }
        // The copy's parent pom lists only the modules it has.
        var pom = to.resolve("pom.xml");
        Files.writeString(pom, Files.readString(pom).replace("<module>book</module>", "").replace("<module>benchmarks</module>", ""));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
