package letitcrash.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import jdk.jshell.tool.JavaShellToolBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The subcommands of {@code ./learn}. */
final class Commands {

    private Commands() {}

    @Command(name = "list", description = "Lists every kata, done or not, as the last run found (verify runs them again).")
    static final class ListKatas implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        /** Runs no test: it shows the progress recorded by the last check, at once. */
        @Override
        public Integer call() {
            try (var session = new Session(Workbook.repo())) {
                var lines = new ArrayList<>(new Screen(Ansi.AUTO).list(session, session.current().orElse(null)));
                lines.addAll(List.of("", "As last checked; ./learn verify checks every kata again."));
                Workbook.print(spec.commandLine().getOut(), lines);
            }
            return 0;
        }
    }

    @Command(name = "hint", description = "Shows the next hint of a kata (each call one more, gentlest first).")
    static final class Hint implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Workbook.KataId kata;

        @Override
        public Integer call() {
            try (var session = new Session(Workbook.repo())) {
                var kata = Workbook.kata(session, this.kata.id);
                if (kata.hints().isEmpty()) {
                    throw new Workbook.UserError("Kata " + kata.id() + " has no hints yet.");
                }
                int shown = session.progress().showNextHint(kata.id(), kata.hints().size());
                var out = spec.commandLine().getOut();
                for (int i = 0; i < shown; i++) {
                    out.println(Ansi.AUTO.string("@|yellow Hint " + (i + 1) + " of " + kata.hints().size() + ":|@ ") + kata.hints().get(i));
                }
                if (shown == kata.hints().size()) {
                    out.println("That was the last hint. The book's sections on it: " + kata.reading());
                }
            }
            return 0;
        }
    }

    @Command(name = "reset", description = {"Puts a kata's stub back, method by method, leaving the rest of your code alone.",
        "Asks first, unless --yes."})
    static final class Reset implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", arity = "0..1", paramLabel = "N.M", description = "The kata, such as 1.2.")
        String id;
        @Option(names = "--all", description = "Reset every kata: all of katas/src/main/java.")
        boolean all;
        @Option(names = {"-y", "--yes"}, description = "Do not ask.")
        boolean yes;

        @Override
        public Integer call() {
            var repo = Workbook.repo();
            if (all == (id != null)) {
                throw new Workbook.UserError("Say which kata to reset (./learn reset 1.2), or --all for every one.");
            }
            try (var session = new Session(repo)) {
                String what = all ? "every kata (all of katas/src/main/java)" : "kata " + Workbook.kata(session, id).id();
                if (!yes && !Resets.confirm("Reset " + what + "? Your code there is replaced (a copy is kept in " + LearnerWork.BACKUPS + "/).")) {
                    spec.commandLine().getOut().println("Nothing was reset.");
                    return 1;
                }
                var outcome = all ? Resets.all(repo, session) : Resets.kata(repo, session, Workbook.kata(session, id));
                spec.commandLine().getOut().println(outcome.message(all ? "Every kata" : "Kata " + id));
            }
            return 0;
        }
    }

    @Command(name = "verify", description = "Checks every kata (runs the tests of those you have started); exits 0 only when all are done.")
    static final class Verify implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (var session = Session.running(Workbook.repo())) {
                var report = session.runAll();
                var screen = new Screen(Ansi.AUTO);
                Workbook.print(spec.commandLine().getOut(), report.compiled()
                        ? screen.list(session, null) : screen.status(session, null));
                return session.done() == session.catalog().katas().size() ? 0 : 1;
            }
        }
    }

    @Command(name = "solution", description = "Shows the reference solution of a kata you have done, and where the book walks through it.")
    static final class Solution implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        Workbook.KataId kata;

        @Override
        public Integer call() {
            var repo = Workbook.repo();
            try (var session = new Session(repo)) {
                var kata = Workbook.kata(session, this.kata.id);
                // Done as recorded, or else as its tests say now: only a kata not recorded done costs a run.
                if (!session.progress().done(kata.id()) && !session.run(List.of(kata.id()), null).passed(kata.id())) {
                    throw new Workbook.UserError("Finish kata " + kata.id() + " first: the walkthrough is for after."
                            + " Stuck? ./learn hint " + kata.id());
                }
                var out = spec.commandLine().getOut();
                for (String file : kata.files()) {
                    var code = StubGenerator.solutions(file, Workbook.read(repo.solutions().resolve(file)), kata.id());
                    out.println(Ansi.AUTO.string("@|bold solutions/src/main/java/" + file + "|@"));
                    code.forEach(block -> out.println(block + "\n"));
                }
                out.println("The walkthrough: " + kata.section() + ", 'Walkthrough'.");
            }
            return 0;
        }
    }

    @Command(name = "jshell", description = "Opens JShell with a chapter's script typed in, each value shown as the book shows it, on the reference runtime or (--mine) on your code.")
    static final class JShell implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(index = "0", paramLabel = "CHAPTER", description = "The chapter number, such as 1.")
        int chapter;
        @Option(names = "--mine", description = "Run it against your kata code instead of the reference runtime.")
        boolean mine;

        @Override
        public Integer call() throws Exception {
            var repo = Workbook.repo();
            var catalog = Catalog.read(repo);
            var found = catalog.chapters().stream().filter(c -> c.number() == chapter).findFirst()
                    .orElseThrow(() -> new Workbook.UserError("There is no chapter " + chapter + "; there are "
                            + catalog.chapters().stream().map(c -> Integer.toString(c.number())).toList() + "."));
            if (!Files.isRegularFile(found.script())) {
                throw new Workbook.UserError("Chapter " + chapter + " has no script (" + found.script() + ").");
            }
            var root = mine ? repo.stubs() : repo.solutions();
            var classes = compiled(repo, root, mine ? "mine" : "reference");
            var options = List.of("--class-path", classes.toString(), "--execution", "local");
            if (!mine || allDone(repo)) {
                return ScriptSession.run(options, found.script());
            }
            return JavaShellToolBuilder.builder().start(options.toArray(String[]::new));
        }

        /**
         * Whether every kata up to this chapter's passes on the learner's code, which its
         * script runs on; if not, says which are not done, and why the script is not run: a
         * snippet that waits on unfinished code cannot be stopped, not even by Ctrl-C.
         */
        private boolean allDone(Repo repo) {
            var out = spec.commandLine().getOut();
            try (var session = new Session(repo)) {
                var needed = session.catalog().katas().stream().filter(k -> k.chapterNumber() <= chapter).map(Kata::id).toList();
                out.println("Checking katas " + String.join(", ", needed) + " of your code, which chapter " + chapter + "'s script runs on...");
                out.flush();
                session.run(needed, null);
                var notDone = needed.stream().filter(id -> !session.last().passed(id)).toList();
                if (notDone.isEmpty()) {
                    return true;
                }
                out.println(Ansi.AUTO.string("@|yellow Not done yet: kata " + String.join(", ", notDone) + ".|@")
                        + " The script would stop or wait for ever on them, so it is not run:");
                out.println("JShell starts with your code on its class path and nothing else. Finish them with ./learn,");
                out.println("or play with the script on the reference runtime: ./learn jshell " + chapter);
                out.flush();
                return false;
            }
        }

        /**
         * The runtime compiled into {@code workbook/target/jshell/NAME}, compiled again only
         * when its sources changed (a hash of them is kept beside the classes).
         */
        private static java.nio.file.Path compiled(Repo repo, java.nio.file.Path root, String name) throws IOException {
            var sources = Repo.javaSources(root);
            var dir = repo.root().resolve("workbook/target/jshell/" + name);
            var stamp = dir.resolve(".sources-hash");
            String hash = Integer.toHexString(sources.hashCode());
            if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(hash)) {
                return dir;
            }
            try (var build = new Build()) {
                var errors = build.update(new Build.Sources(repo.root().relativize(root).toString(), sources),
                        new Build.Sources("none", Map.of()));
                if (!errors.isEmpty()) {
                    throw new Workbook.UserError("The code does not compile:\n  " + String.join("\n  ", errors));
                }
                Resets.copyTree(build.classes(), dir);
            }
            Files.writeString(stamp, hash);
            return dir;
        }
    }

    @Command(name = "book", description = "Builds the book, as HTML and as a PDF, with Maven and prints where they are.")
    static final class Book implements Callable<Integer> {
        /** What the book module renders, relative to the checkout: {@code book/pom.xml} names the same files. */
        static final List<String> PRODUCTS = List.of("book/target/book/index.html", "book/target/book/let-it-crash-keep-the-state.pdf");

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            var repo = Workbook.repo();
            var maven = new ProcessBuilder("mvn", "-B", "-q", "-ntp", "-pl", "book", "-am", "verify", "-DskipTests", "-Ppdf")
                    .directory(repo.root().toFile()).inheritIO().start();
            int status = maven.waitFor();
            if (status != 0) {
                throw new Workbook.UserError("The book did not build: see Maven's messages above.");
            }
            var html = repo.root().resolve(PRODUCTS.getFirst());
            var pdf = repo.root().resolve(PRODUCTS.getLast());
            for (var product : List.of(html, pdf)) {
                if (!Files.isRegularFile(product)) {
                    throw new Workbook.UserError("The book built, but " + product + " is not there: book/pom.xml names another file.");
                }
            }
            var out = spec.commandLine().getOut();
            out.println("The book: " + html);
            out.println("As a PDF: " + pdf);
            return 0;
        }
    }
}
