package letitcrash.workbook;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The learner's command line, {@code ./learn [command]}. The maintainers' commands, which
 * rewrite the stubs or time the tool, exist only with {@code LEARN_MAINTAINER=1} in the
 * environment: a learner never sees them in the help nor as a suggestion.
 */
@Command(name = "learn", mixinStandardHelpOptions = true, version = "Let It Crash, Keep the State 1.0",
        description = {"Watches your kata code and shows, on every save, where you stand and what to do next.",
            "Without a terminal (or with --once) it shows that once and exits."},
        subcommands = {Commands.ListKatas.class, Commands.Hint.class, Commands.Reset.class, Commands.Verify.class,
            Commands.Solution.class, Commands.JShell.class, Commands.Book.class},
        footer = {"", "Keys while watching: h hint, l list, n next kata, r reset, m more, enter re-run, q quit."})
public final class Workbook implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--once", description = "Show your progress once and exit, even in a terminal.")
    boolean once;

    @Option(names = "--poll", description = "Watch for saves by polling, where file events do not work (some network or container folders).")
    boolean poll;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The commands that only maintainers may run: they can overwrite a learner's stubs or take minutes. */
    static final List<Class<?>> MAINTAINER_COMMANDS = List.of(MaintainerCommands.Generate.class, MaintainerCommands.Check.class,
            MaintainerCommands.Benchmark.class, MaintainerCommands.DoubleBook.class);

    /** Whether maintainer commands are on: {@code LEARN_MAINTAINER} is set, and not to 0. */
    static boolean maintainer() {
        String value = System.getenv("LEARN_MAINTAINER");
        return value != null && !value.isBlank() && !value.equals("0");
    }

    static CommandLine commandLine() {
        return commandLine(maintainer());
    }

    static CommandLine commandLine(boolean maintainer) {
        var learn = new CommandLine(new Workbook());
        if (maintainer) {
            MAINTAINER_COMMANDS.forEach(learn::addSubcommand);
        }
        return learn.setParameterExceptionHandler((wrong, args) -> {
            var err = wrong.getCommandLine().getErr();
            var maintainers = maintainerCommandIn(wrong);
            if (maintainers != null) {
                err.println("'" + maintainers + "' is not a learner's command: it is for the workbook's maintainers (README, 'For maintainers').");
            } else {
                err.println(wrong.getMessage());
                CommandLine.UnmatchedArgumentException.printSuggestions(wrong, err);
            }
            err.println("./learn --help lists the commands.");
            return 2;
        }).setExecutionExceptionHandler((failure, commandLine, parsed) -> {
            if (failure instanceof UserError || failure instanceof UncheckedIOException) {
                commandLine.getErr().println(failure.getMessage());
                return 2;
            }
            throw failure;
        });
    }

    /** The maintainer command's name {@code wrong} is about, when it is about one not turned on; else null. */
    private static String maintainerCommandIn(CommandLine.ParameterException wrong) {
        if (!(wrong instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return null;
        }
        String typed = unmatched.getUnmatched().getFirst();
        return MAINTAINER_COMMANDS.stream().map(c -> c.getAnnotation(Command.class).name())
                .filter(typed::equals).findFirst().orElse(null);
    }

    /** Something the learner can put right: printed as it is, without a stack trace. */
    static final class UserError extends RuntimeException {
        UserError(String message) {
            super(message);
        }
    }

    static Repo repo() {
        return Repo.find(Path.of(System.getProperty("workbook.root", ".")));
    }

    @Override
    public Integer call() throws Exception {
        if (!once && System.console() != null && System.console().isTerminal()) {
            try (var watch = new Watch(repo(), poll)) {
                watch.run();
            }
            return 0;
        }
        try (var session = Session.running(repo())) {
            session.runCurrent();
            var out = spec.commandLine().getOut();
            var kata = session.current().orElse(null);
            new Screen(Ansi.AUTO).status(session, kata).forEach(out::println);
            out.println();
            out.println("The other katas as last checked; ./learn verify checks every kata again.");
            if (kata != null) {
                out.println();
                out.println("Run ./learn in a terminal to re-run on every save, or this kata's tests alone:");
                out.println("  mvn -q -pl katas test -Dgroups=" + kata.tag());
            }
        }
        return 0;
    }

    /** Reads the whole file, or fails with the path in the message. */
    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static void print(PrintWriter out, List<String> lines) {
        lines.forEach(out::println);
        out.flush();
    }

    /** A kata id the learner typed, checked against the catalog with a helpful message. */
    static Kata kata(Session session, String id) {
        return session.catalog().kata(id).orElseThrow(() -> new UserError("There is no kata '" + id + "'. The katas are: "
                        + String.join(", ", session.catalog().katas().stream().map(Kata::id).toList())
                        + " (./learn list shows them with their titles)."));
    }

    /** The positional kata id of a subcommand. */
    static final class KataId {
        @Parameters(index = "0", paramLabel = "N.M", description = "The kata, such as 1.2.")
        String id;
    }
}
