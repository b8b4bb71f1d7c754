package letitcrash.workbook;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The learner's and the maintainers' command line: {@code ./learn [command]}. */
@Command(name = "learn", mixinStandardHelpOptions = true, version = "Let It Crash, Keep the State 1.0",
        description = "Shows your progress through the katas and the next thing to do.",
        subcommands = {Workbook.Generate.class, Workbook.Check.class},
        footer = {"", "Run ./learn with no command after every change to see where you stand."})
public final class Workbook implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new Workbook()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    static Repo repo() {
        return Repo.find(Path.of(System.getProperty("workbook.root", ".")));
    }

    @Override
    public Integer call() {
        Progress.of(repo()).print(spec.commandLine().getOut());
        return 0;
    }

    @Command(name = "generate", description = {
        "Maintainers: regenerate the kata stubs from the solutions.",
        "It overwrites katas/src/main/java, and so any kata work in it."})
    static final class Generate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var changed = new Contract(repo()).generate();
            var out = spec.commandLine().getOut();
            out.println(changed.isEmpty() ? "The stubs were already up to date." : "Wrote:\n  " + String.join("\n  ", changed));
            return 0;
        }
    }

    @Command(name = "check", description = {
        "Maintainers: check the kata contract and that the stubs are up to date.",
        "Every kata must fail on its stub, pass on its solution, and have its TODO,",
        "hints and book section."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var contract = new Contract(repo());
            var out = spec.commandLine().getOut();
            List<String> broken = contract.violations();
            List<String> outdated = contract.outdatedStubs();
            broken.forEach(b -> out.println(Ansi.AUTO.string("@|red ✗|@ " + b)));
            outdated.forEach(o -> out.println(Ansi.AUTO.string("@|red ✗|@ " + o + ": run ./learn generate")));
            if (broken.isEmpty() && outdated.isEmpty()) {
                out.println(Ansi.AUTO.string("@|green ✓|@ The kata contract holds and the stubs are up to date."));
                return 0;
            }
            return 1;
        }
    }

    /** The status screen: a progress bar, then the next kata and how to go on. */
    record Progress(Catalog catalog, KataRunner.Report report) {

        private static final int BAR = 30;

        /** Runs every kata's tests against the learner's code in {@code repo}. */
        static Progress of(Repo repo) {
            var catalog = Catalog.read(repo);
            var report = KataRunner.run(
                    new KataRunner.Sources("katas/src/main/java", Repo.javaSources(repo.stubs())),
                    new KataRunner.Sources("katas/src/test/java", Repo.javaSources(repo.tests())),
                    catalog.katas().stream().map(Kata::id).toList());
            return new Progress(catalog, report);
        }

        void print(PrintWriter out) {
            var katas = catalog.katas();
            long done = katas.stream().filter(k -> report.passed(k.id())).count();
            int filled = katas.isEmpty() ? 0 : (int) (BAR * done / katas.size());
            out.println(Ansi.AUTO.string("@|bold Let It Crash, Keep the State|@"));
            out.println(Ansi.AUTO.string("@|green " + "█".repeat(filled) + "|@" + "░".repeat(BAR - filled))
                    + "  " + done + "/" + katas.size() + " katas done");
            out.println();
            if (!report.compiled()) {
                out.println(Ansi.AUTO.string("@|red,bold Your code does not compile:|@"));
                report.compileErrors().stream().limit(10).forEach(e -> out.println("  " + e));
                out.println();
                out.println("Fix it, then run ./learn again.");
                return;
            }
            katas.stream().filter(k -> !report.passed(k.id())).findFirst()
                    .ifPresentOrElse(kata -> next(out, kata), () -> out.println(Ansi.AUTO.string(
                            "@|green,bold Every kata is done.|@ The book goes on from where your last chapter ended.")));
        }

        private void next(PrintWriter out, Kata kata) {
            out.println(Ansi.AUTO.string("@|bold Next: kata " + kata.id() + (kata.title() == null ? "" : ": " + kata.title()) + "|@"));
            out.println("  Read:  " + kata.section());
            kata.files().forEach(f -> out.println("  Edit:  katas/src/main/java/" + f + "   (look for TODO(kata " + kata.id() + "))"));
            out.println("  To do: " + kata.todo());
            report.of(kata.id()).stream().filter(r -> !r.passed()).findFirst().ifPresent(failure -> {
                out.println();
                out.println(Ansi.AUTO.string("@|red ✗ " + failure.test() + "|@"));
                failure.message().lines().limit(12).forEach(line -> out.println("    " + line));
            });
            if (!kata.hints().isEmpty()) {
                out.println();
                out.println(Ansi.AUTO.string("@|yellow Hint 1 of " + kata.hints().size() + ":|@ " + kata.hints().getFirst()));
            }
            out.println();
            out.println("Run ./learn again after each change, or run this kata's tests alone:");
            out.println("  mvn -q -pl katas test -Dgroups=" + kata.tag());
        }
    }
}
