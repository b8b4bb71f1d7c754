package letitcrash.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The kata contract, checked the way rustlings' {@code dev check} does: every kata fails
 * on its pristine stub, passes on its solution, carries its TODO, has hints and names its
 * book section; and the committed stubs are what the generator makes.
 *
 * <p>The contract runs on stubs generated afresh from the solutions, never on the stubs in
 * {@code katas/src/main/java}: those are the learner's to edit. Only {@link #outdatedStubs}
 * reads them, and only maintainers run it.
 */
final class Contract {

    private static final Pattern KATA_TAG = Pattern.compile("@Tag\\(\"kata-(\\d+\\.\\d+)\"\\)");

    private final Repo repo;

    Contract(Repo repo) {
        this.repo = repo;
    }

    /** Every broken rule, in plain words, naming the kata; empty when the contract holds. */
    List<String> violations() {
        var catalog = Catalog.read(repo);
        var solutions = Repo.javaSources(repo.solutions());
        var tests = new Build.Sources("katas/src/test/java", Repo.javaSources(repo.tests()));
        var ids = catalog.katas().stream().map(Kata::id).toList();
        var broken = new ArrayList<String>();
        if (ids.isEmpty()) {
            broken.add("no katas: no '// region kata N.M: ...' marker in solutions/src/main/java");
            return broken;
        }
        catalog.katas().forEach(kata -> broken.addAll(describedIn(kata)));
        taggedTests(tests).stream().filter(id -> !ids.contains(id)).forEach(id -> broken.add(
                "kata " + id + ": tests are tagged kata-" + id + " but no solution has a region for kata " + id));

        var onSolution = KataRunner.run(new Build.Sources("solutions/src/main/java", solutions), tests, ids);
        if (!onSolution.compiled()) {
            broken.add("the solutions do not compile with the kata tests:\n  " + String.join("\n  ", onSolution.compileErrors()));
            return broken;
        }
        for (var kata : catalog.katas()) {
            var results = onSolution.of(kata.id());
            if (results.isEmpty()) {
                broken.add("kata " + kata.id() + ": no test is tagged @Tag(\"" + kata.tag() + "\")");
            }
            results.stream().filter(r -> !r.passed()).forEach(r -> broken.add(
                    "kata " + kata.id() + ": the solution fails '" + r.test() + "': " + r.message()));
            broken.addAll(failsOnItsStub(kata, solutions, tests));
        }
        var allStubs = KataRunner.run(new Build.Sources("(generated stubs)", stubs(solutions)), tests, List.of());
        allStubs.compileErrors().forEach(e -> broken.add("the generated stubs do not compile with the tests: " + e));
        return broken;
    }

    /**
     * The stub files in {@code katas/src/main/java} that differ from what the generator
     * makes from the solutions, are missing, or have no solution; empty when in sync.
     */
    List<String> outdatedStubs() {
        var expected = stubs(Repo.javaSources(repo.solutions()));
        var actual = Repo.javaSources(repo.stubs());
        var outdated = new ArrayList<String>();
        var files = new TreeSet<>(expected.keySet());
        files.addAll(actual.keySet());
        for (String file : files) {
            String shown = "katas/src/main/java/" + file;
            if (!actual.containsKey(file)) {
                outdated.add(shown + " is missing");
            } else if (!expected.containsKey(file)) {
                outdated.add(shown + " has no solution in solutions/src/main/java/" + file);
            } else if (!expected.get(file).equals(actual.get(file))) {
                outdated.add(shown + " differs from the stub generated from solutions/src/main/java/" + file);
            }
        }
        return outdated;
    }

    /** Writes the generated stubs over {@code katas/src/main/java}; returns the files it changed. */
    List<String> generate() {
        var expected = stubs(Repo.javaSources(repo.solutions()));
        var actual = Repo.javaSources(repo.stubs());
        var changed = new ArrayList<String>();
        try {
            for (var stub : expected.entrySet()) {
                if (!stub.getValue().equals(actual.get(stub.getKey()))) {
                    var file = repo.stubs().resolve(stub.getKey());
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, stub.getValue());
                    changed.add("katas/src/main/java/" + stub.getKey());
                }
            }
            for (String gone : actual.keySet()) {
                if (!expected.containsKey(gone)) {
                    Files.delete(repo.stubs().resolve(gone));
                    changed.add("katas/src/main/java/" + gone + " (deleted: it has no solution)");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the stubs in " + repo.stubs(), e);
        }
        return changed;
    }

    /** Every solution file as its kata stub: all regions stubbed. */
    static Map<String, String> stubs(Map<String, String> solutions) {
        var stubs = new LinkedHashMap<String, String>();
        solutions.forEach((file, source) -> stubs.put(file, StubGenerator.stub(file, source, kata -> true)));
        return stubs;
    }

    private static List<String> describedIn(Kata kata) {
        var broken = new ArrayList<String>();
        String name = "kata " + kata.id() + ": ";
        if (kata.todo().isBlank()) {
            broken.add(name + "its region marker says nothing: write '// region kata " + kata.id() + ": what to do'");
        }
        if (kata.chapter() == null) {
            broken.add(name + "no chapter folder chapters/ch" + String.format("%02d", kata.chapterNumber()) + "-*");
            return broken;
        }
        if (kata.title() == null) {
            broken.add(name + "no section '[[kata-" + kata.id() + "]]' + '=== Kata " + kata.id() + ": title' in "
                    + kata.chapter().prose());
        }
        if (kata.hints().size() < 2) {
            broken.add(name + "has " + kata.hints().size() + " hint(s) in " + kata.chapter().hints()
                    + "; it needs at least two, as an ordered list between '// tag::kata-" + kata.id() + "[]' and its end tag");
        }
        return broken;
    }

    /** Every test of {@code kata} must fail when only {@code kata}'s regions are stubbed. */
    private static List<String> failsOnItsStub(Kata kata, Map<String, String> solutions, Build.Sources tests) {
        var stubbed = new LinkedHashMap<String, String>();
        solutions.forEach((file, source) -> stubbed.put(file, StubGenerator.stub(file, source, kata.id()::equals)));
        var report = KataRunner.run(new Build.Sources("(kata " + kata.id() + " stubbed)", stubbed), tests, List.of(kata.id()));
        if (!report.compiled()) {
            return List.of("kata " + kata.id() + ": its stub does not compile (a region must end its block):\n  "
                    + String.join("\n  ", report.compileErrors()));
        }
        return report.of(kata.id()).stream().filter(KataRunner.TestResult::passed)
                .map(r -> "kata " + kata.id() + ": '" + r.test() + "' passes on the pristine stub, so it does not check the learner's work")
                .toList();
    }

    private static TreeSet<String> taggedTests(Build.Sources tests) {
        var ids = new TreeSet<String>(Kata.ORDER);
        tests.files().values().forEach(source -> KATA_TAG.matcher(source).results().forEach(m -> ids.add(m.group(1))));
        return ids;
    }
}
