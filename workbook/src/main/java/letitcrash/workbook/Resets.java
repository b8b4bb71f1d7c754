package letitcrash.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
     * What a reset did: the methods or files it put back, and where the code it replaced is
     * kept (null when nothing changed).
     */
    record Outcome(List<String> reset, String backup) {

        /** One line or two, for the learner. */
        String message(String what) {
            return reset.isEmpty() ? what + " was already as it started."
                    : "Reset: " + String.join(", ", reset) + "\nYour code before the reset is kept in " + backup + "/";
        }
    }

    /**
     * Replaces, in each of {@code kata}'s files, the bodies of the methods that hold its
     * TODOs with the stub's; the rest of the file stays as the learner wrote it. The files
     * it changes are copied to {@code .learn-backup/} first.
     */
    static Outcome kata(Repo repo, Session session, Kata kata) {
        var reset = new ArrayList<String>();
        var updates = new LinkedHashMap<String, String>();
        for (String file : kata.files()) {
            String stub = StubGenerator.stub(file, Workbook.read(repo.solutions().resolve(file)), k -> true);
            var path = repo.stubs().resolve(file);
            String mine = Files.isRegularFile(path) ? Workbook.read(path) : null;
            var keys = MethodBodies.holding(stub, kata.todoMark());
            String updated;
            try {
                updated = mine == null ? stub : MethodBodies.replace(mine, stub, keys);
            } catch (IllegalArgumentException cannot) {
                throw new Workbook.UserError("Cannot reset kata " + kata.id() + " method by method in katas/src/main/java/" + file
                        + ": " + cannot.getMessage() + ".\nFix that, or reset every kata with ./learn reset --all.");
            }
            if (!updated.equals(mine)) {
                updates.put(file, updated);
                keys.forEach(key -> reset.add(file + ": " + key));
            }
        }
        String backup = updates.isEmpty() ? null : LearnerWork.backUp(repo, updates.keySet());
        updates.forEach((file, text) -> write(repo.stubs().resolve(file), text));
        session.progress().forget(kata.id());
        return new Outcome(reset, backup);
    }

    /** Writes every stub afresh, as a fresh clone has them, after copying the files it changes to {@code .learn-backup/}. */
    static Outcome all(Repo repo, Session session) {
        var contract = new Contract(repo);
        var stubs = Contract.stubs(Repo.javaSources(repo.solutions()));
        var changing = Repo.javaSources(repo.stubs()).entrySet().stream()
                .filter(mine -> !mine.getValue().equals(stubs.get(mine.getKey()))).map(java.util.Map.Entry::getKey).toList();
        String backup = changing.isEmpty() ? null : LearnerWork.backUp(repo, changing);
        var changed = contract.generate();
        session.catalog().katas().forEach(k -> session.progress().forget(k.id()));
        return new Outcome(changed, changed.isEmpty() ? null : backup);
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
