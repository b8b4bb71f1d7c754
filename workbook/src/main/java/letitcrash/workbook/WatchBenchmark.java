package letitcrash.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine.Help.Ansi;

/**
 * The save-to-verdict benchmark behind {@code ./learn benchmark}: in a copy of the
 * checkout, it saves kata 1.1's file over and over, alternating the stub and the solved
 * kata, and times each save until watch mode's verdict for the kata is drawn (file event,
 * incremental compile, test run, screen). The baseline, measured in the same run, is what
 * a learner without the tool would do: {@code mvn -q -o -pl katas test -Dgroups=kata-1.1}.
 */
final class WatchBenchmark {

    private static final String KATA = "1.1";
    private static final int WARM_UP = 5;
    private static final int MAVEN_RUNS = 3;

    private WatchBenchmark() {}

    static int run(Repo repo, int saves) throws Exception {
        Path copy = Files.createTempDirectory("learn-benchmark");
        try {
            copyTree(repo.root(), copy);
            var bench = new Repo(copy);
            var file = Catalog.read(bench).kata(KATA).orElseThrow().files().getFirst();
            var source = Workbook.read(bench.solutions().resolve(file));
            var stub = StubGenerator.stub(file, source, kata -> true);
            var solved = StubGenerator.stub(file, source, kata -> !kata.equals(KATA));
            var target = bench.stubs().resolve(file);

            var watch = saveToVerdict(bench, target, List.of(stub, solved), saves);
            var maven = new ArrayList<Long>();
            for (int i = 0; i < MAVEN_RUNS; i++) {
                maven.add(maven(copy));
            }
            System.out.printf("%-44s %10s %10s%n", "save to verdict, kata " + KATA, "median ms", "p90 ms");
            System.out.printf("%-44s %10.0f %10.0f%n", "./learn watch mode (" + saves + " saves)", ms(median(watch)), ms(p90(watch)));
            System.out.printf("%-44s %10.0f %10.0f%n", "mvn -q -o -pl katas test (" + MAVEN_RUNS + " runs)", ms(median(maven)), ms(p90(maven)));
            System.out.printf("watch / mvn: %.3f%n", (double) median(watch) / median(maven));
            return 0;
        } finally {
            delete(copy);
        }
    }

    private static List<Long> saveToVerdict(Repo bench, Path target, List<String> versions, int saves) throws Exception {
        var times = new ArrayList<Long>();
        var changes = new LinkedBlockingQueue<Long>();
        try (var session = new Session(bench);
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
                session.run(List.of(KATA));
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

    private static long maven(Path root) throws IOException, InterruptedException {
        long start = System.nanoTime();
        var process = new ProcessBuilder("mvn", "-B", "-q", "-o", "-ntp", "-pl", "katas", "test", "-Dgroups=kata-" + KATA)
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

    private static void copyTree(Path from, Path to) throws IOException {
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
