package letitcrash.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** Putting stubs back: one kata's methods, or every stub. */
final class Resets {

    private Resets() {}

    /** Asks on the console; with no console there is nobody to ask, so the answer is no. */
    static boolean confirm(String question) {
        var console = System.console();
        if (console == null) {
            throw new Workbook.UserError(question + " There is no terminal to ask in: add --yes to reset anyway.");
        }
        String answer = console.readLine("%s [y/N] ", question);
        return answer != null && answer.strip().toLowerCase(java.util.Locale.ROOT).startsWith("y");
    }

    /**
     * Replaces, in each of {@code kata}'s files, the bodies of the methods that hold its
     * TODOs with the stub's; the rest of the file stays as the learner wrote it.
     *
     * @return the methods reset, as {@code file: Class#method(params)}
     */
    static List<String> kata(Repo repo, Session session, Kata kata) {
        var reset = new ArrayList<String>();
        for (String file : kata.files()) {
            String stub = StubGenerator.stub(file, Workbook.read(repo.solutions().resolve(file)), k -> true);
            var path = repo.stubs().resolve(file);
            String mine = Files.isRegularFile(path) ? Workbook.read(path) : null;
            var bodies = MethodBodies.of(stub);
            var keys = bodies.entrySet().stream()
                    .filter(e -> stub.substring(e.getValue().start(), e.getValue().end()).contains("TODO(kata " + kata.id() + ")"))
                    .map(java.util.Map.Entry::getKey).toList();
            String updated;
            try {
                updated = mine == null ? stub : MethodBodies.replace(mine, stub, keys);
            } catch (IllegalArgumentException cannot) {
                throw new Workbook.UserError("Cannot reset kata " + kata.id() + " method by method in katas/src/main/java/" + file
                        + ": " + cannot.getMessage() + ".\nFix that, or reset every kata with ./learn reset --all.");
            }
            if (!updated.equals(mine)) {
                write(path, updated);
                keys.forEach(key -> reset.add(file + ": " + key));
            }
        }
        session.progress().forget(kata.id());
        return reset;
    }

    /** Writes every stub afresh, as a fresh clone has them. */
    static List<String> all(Repo repo, Session session) {
        var changed = new Contract(repo).generate();
        session.catalog().katas().forEach(k -> session.progress().forget(k.id()));
        return changed;
    }

    /** Replaces {@code to} with a copy of the folder {@code from}. */
    static void copyTree(java.nio.file.Path from, java.nio.file.Path to) throws IOException {
        if (Files.exists(to)) {
            try (var old = Files.walk(to)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        try (var files = Files.walk(from)) {
            for (var file : files.toList()) {
                var target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void write(java.nio.file.Path path, String text) {
        try {
            Files.createDirectories(path.getParent());
            Files.writeString(path, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path, e);
        }
    }

}
