package letitcrash.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The kata contract, checked the way rustlings' {@code dev check} does: every kata fails
 * on its pristine stub, passes on its solution, carries its TODO (what to achieve, no code), has hints (code only in
 * the last) and names its book section; the katas can be taken in order (each passes with the later ones stubbed);
 * every region counts; the wrong solutions kept beside each kata fail its tests (the rules
 * that run tests are {@link RunRules}); and the committed stubs are what the generator makes.
 *
 * <p>The contract runs on stubs generated afresh from the solutions, never on the stubs in
 * {@code katas/src/main/java}: those are the learner's to edit. Only {@link #outdatedStubs}
 * reads them, and only maintainers run it.
 */
final class Contract {

    private final Repo repo;

    Contract(Repo repo) {
        this.repo = repo;
    }

    /** Every broken rule, in plain words, naming the kata; empty when the contract holds. */
    List<String> violations() {
        var catalog = Catalog.read(repo);
        var solutions = Repo.javaSources(repo.solutions());
        var tests = new Build.Sources("katas/src/test/java", Repo.javaSources(repo.tests()));
        var katas = catalog.katas();
        var broken = new ArrayList<String>();
        if (katas.isEmpty()) {
            broken.add("no katas: no '// region kata N.M: ...' marker in solutions/src/main/java");
            return broken;
        }
        katas.forEach(kata -> broken.addAll(describedIn(kata)));
        var ids = katas.stream().map(Kata::id).toList();
        taggedTests(tests).stream().filter(id -> !ids.contains(id)).forEach(id -> broken.add(
                "kata " + id + ": tests are tagged " + KataMarks.tag(id) + " but no solution has a region for kata " + id));
        var regions = KataRegion.of(solutions);
        var wrong = wrongSolutions(catalog, regions, broken);
        try (var rules = new RunRules(katas, solutions, tests, repo.kataClassPath())) {
            broken.addAll(run(rules, regions, wrong));
        }
        return broken;
    }

    /** The rules that run tests, in order; none after the solution fails to compile. */
    private static List<String> run(RunRules rules, List<KataRegion> regions, Map<WrongSolution, KataRegion> wrong) {
        var broken = new ArrayList<>(rules.onTheSolution());
        if (broken.stream().anyMatch(line -> line.startsWith(RunRules.DOES_NOT_COMPILE))) {
            return broken;
        }
        var checks = new ArrayList<>(rules.kataPrefixes());
        rules.katas().forEach(kata -> checks.add(rules.failsOnItsStub(kata)));
        checks.addAll(rules.everyRegionCounts(regions));
        wrong.forEach((solution, region) -> checks.add(rules.caught(solution, region)));
        checks.add(rules.stubsCompile());
        broken.addAll(rules.verdicts(checks));
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
        broken.addAll(codeInTodo(kata));
        if (kata.chapter() == null) {
            broken.add(name + "no chapter folder chapters/ch" + String.format("%02d", kata.chapterNumber()) + "-*");
            return broken;
        }
        if (kata.title() == null) {
            broken.add(name + "no section '[[" + kata.tag() + "]]' + '=== Kata " + kata.id() + ": title' in "
                    + kata.chapter().prose());
        } else if (kata.concept() == null) {
            broken.add(name + "its section's first line names no section of the chapter that explains it: write '"
                    + Catalog.CONCEPT_LEAD + " <<Section title>>.' under '=== Kata " + kata.id() + ": " + kata.title() + "'");
        }
        if (kata.hints().size() < 2) {
            broken.add(name + "has " + kata.hints().size() + " hint(s) in " + kata.chapter().hints()
                    + "; it needs at least two, as an ordered list between '// tag::kata-" + kata.id() + "[]' and its end tag");
        }
        broken.addAll(codeTooEarly(kata));
        return broken;
    }

    /**
     * A region marker that gives code, by {@link HintCode#inPlainText}: the TODO line, which
     * {@code ./learn} shows above hint 1, says what to achieve, as the hints before the last do.
     */
    private static List<String> codeInTodo(Kata kata) {
        var code = HintCode.inPlainText(kata.todo());
        if (code.isEmpty()) {
            return List.of();
        }
        return List.of("kata " + kata.id() + ": its region marker gives code ("
                + code.stream().map(span -> "`" + span + "`").collect(Collectors.joining(", "))
                + "); its TODO line says what to achieve, not how, as the hints before the last do: leave the code to the last hint");
    }

    /**
     * A hint before the last that gives code, by {@link HintCode}'s heuristic: the hints
     * before the last name things and point back to the prose; only the last shows code.
     */
    private static List<String> codeTooEarly(Kata kata) {
        var broken = new ArrayList<String>();
        int count = kata.hints().size();
        for (int i = 0; i < count - 1; i++) {
            var code = HintCode.spans(kata.hints().get(i));
            if (!code.isEmpty()) {
                broken.add("kata " + kata.id() + ": hint " + (i + 1) + " of " + count + " in " + kata.chapter().hints()
                        + " gives code (" + code.stream().map(span -> "`" + span + "`").collect(Collectors.joining(", "))
                        + "); only the last hint may: name the type, field or method, and point to the prose or table instead");
            }
        }
        return broken;
    }

    /**
     * The wrong solutions kept beside each kata, with the region each replaces. A kata needs
     * at least two; a file that names no region of its kata, or an unknown kata, is a defect.
     */
    private static Map<WrongSolution, KataRegion> wrongSolutions(Catalog catalog, List<KataRegion> regions, List<String> broken) {
        var found = new LinkedHashMap<WrongSolution, KataRegion>();
        catalog.chapters().forEach(chapter -> WrongSolution.in(chapter, broken).forEach(wrong -> {
            var mine = regions.stream().filter(r -> r.kata().equals(wrong.kata())).toList();
            var named = mine.stream().filter(r -> r.method().equals(wrong.method())).toList();
            var later = wrong.caughtBy().flatMap(catalog::kata);
            if (wrong.caughtBy().isPresent() && (later.isEmpty() || Kata.ORDER.compare(later.get().id(), wrong.kata()) <= 0)) {
                broken.add(wrong.shown() + ": says it is caught by kata " + wrong.caughtBy().get()
                        + ", which is no later kata");
            } else if (named.size() == 1) {
                found.put(wrong, named.getFirst());
            } else {
                broken.add(wrong.shown() + ": names the region in " + wrong.method() + "(), but kata " + wrong.kata()
                        + (mine.isEmpty() ? " has no region" : named.isEmpty()
                                ? "'s regions are in " + mine.stream().map(KataRegion::shown).collect(Collectors.joining(", "))
                                : " has " + named.size() + " regions in methods named " + wrong.method() + "()"));
            }
        }));
        for (var kata : catalog.katas()) {
            long count = found.keySet().stream().filter(w -> w.kata().equals(kata.id())).count();
            if (count < 2 && kata.chapter() != null) {
                broken.add("kata " + kata.id() + ": has " + count + " wrong solution(s) in chapters/" + kata.chapter().slug() + "/"
                        + WrongSolution.FOLDER + "; it needs at least two plausible mistakes its tests catch, each a file"
                        + " kata-" + kata.id() + "-short-name.java: '// method(): the mistake', then the code for that method's region");
            }
        }
        return found;
    }

    private static TreeSet<String> taggedTests(Build.Sources tests) {
        var ids = new TreeSet<String>(Kata.ORDER);
        tests.files().values().forEach(source -> KataMarks.TAG_IN_SOURCE.matcher(source).results().forEach(m -> ids.add(m.group(1))));
        return ids;
    }
}
