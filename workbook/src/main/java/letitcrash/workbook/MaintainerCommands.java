package letitcrash.workbook;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The maintainers' subcommands of {@code ./learn}: they rewrite the stubs, check the kata
 * contract or time the tool. They exist only with {@code LEARN_MAINTAINER=1} ({@link Workbook}).
 */
final class MaintainerCommands {

    private MaintainerCommands() {}

    @Command(name = "generate", description = {"Maintainers: regenerate the kata stubs from the solutions.",
        "It refuses to overwrite a stub that holds kata work, unless --backup copies it aside first."})
    static final class Generate implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--backup", description = "Copy the stubs that hold kata work to .learn-backup/ first, then write.")
        boolean backup;

        @Override
        public Integer call() {
            var repo = Workbook.repo();
            var out = spec.commandLine().getOut();
            var atRisk = LearnerWork.atRisk(repo, Contract.stubs(Repo.javaSources(repo.solutions())));
            if (!atRisk.isEmpty() && !backup) {
                throw new Workbook.UserError("Nothing was written: these stubs hold kata work that ./learn generate would overwrite:\n  "
                        + String.join("\n  ", atRisk.stream().map(LearnerWork.Edited::shown).toList())
                        + "\nTo put back one kata's stub and keep the rest: ./learn reset N.M"
                        + "\nTo write them all anyway, with a copy of these files kept first: LEARN_MAINTAINER=1 ./learn generate --backup");
            }
            if (!atRisk.isEmpty()) {
                out.println("Your kata work is kept in " + LearnerWork.backUp(repo, atRisk.stream().map(LearnerWork.Edited::file).toList()));
            }
            var changed = new Contract(repo).generate();
            out.println(changed.isEmpty() ? "The stubs were already up to date." : "Wrote:\n  " + String.join("\n  ", changed));
            return 0;
        }
    }

    @Command(name = "check", description = {"Maintainers: check the kata contract and that the stubs are up to date.",
        "Every kata must fail on its stub, pass with every later kata stubbed, and have its TODO,", "hints and book section.",
        "(Every test with every kata done is the reference module's run: mvn verify.)"})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            var contract = new Contract(Workbook.repo());
            var out = spec.commandLine().getOut();
            var broken = new ArrayList<>(contract.violations());
            contract.outdatedStubs().forEach(o -> broken.add(o + ": run LEARN_MAINTAINER=1 ./learn generate"));
            broken.forEach(b -> out.println(Ansi.AUTO.string("@|red ✗|@ " + b)));
            if (broken.isEmpty()) {
                out.println(Ansi.AUTO.string("@|green ✓|@ The kata contract holds and the stubs are up to date."));
                return 0;
            }
            return 1;
        }
    }

    @Command(name = "double-book", description = {"Maintainers: copy the checkout into a new folder with chapters 4-6 copied again",
        "as fake chapters after the book's last (with chapter 10 the last: 11-13, and 14-16 with --copies 2, the default; --copies 4 doubles today's book),",
        "with their own packages, kata numbers, stubs, tests, wrong solutions, hints and prose, to time the",
        "kata contract, the tool and the whole build on a book twice the size. The checkout is not changed."})
    static final class DoubleBook implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--copies", defaultValue = "2", description = "How many times to copy chapters 4-6 (default: ${DEFAULT-VALUE}).")
        int copies;
        @Option(names = "--into", description = "The new or empty folder to make the copy in (default: a new temporary folder).")
        java.nio.file.Path into;

        @Override
        public Integer call() throws java.io.IOException {
            var folder = into != null ? into : java.nio.file.Files.createTempDirectory("doubled-book");
            var made = DoubledBook.make(Workbook.repo(), folder, copies);
            var out = spec.commandLine().getOut();
            out.println("Made " + made.root() + ": " + made.katas() + " katas, " + made.wrongSolutions() + " wrong solutions.");
            out.println("In it, for example:");
            out.println("  cd " + made.root() + " && mvn -B -o -pl workbook -am test -Dtest=KataContractTest -Dsurefire.failIfNoSpecifiedTests=false");
            out.println("  cd " + made.root() + " && mvn -B -o -Dmaintainer verify");
            return 0;
        }
    }

    @Command(name = "benchmark", description = "Maintainers: measures save-to-verdict time of watch mode against mvn test.")
    static final class Benchmark implements Callable<Integer> {
        @Option(names = "--saves", defaultValue = "30")
        int saves;

        @Override
        public Integer call() throws Exception {
            return WatchBenchmark.run(Workbook.repo(), saves);
        }
    }
}
