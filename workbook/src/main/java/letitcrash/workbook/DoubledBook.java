package letitcrash.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A copy of the checkout with the book's later chapters copied again as fake chapters, for
 * maintainers who want to know what the tool and the kata contract will cost when the book
 * has twice today's katas: {@code LEARN_MAINTAINER=1 ./learn double-book}.
 *
 * <p>Each copy takes chapters {@value #FIRST}–{@value #LAST} whole: their solutions, tests
 * and approved files (the packages in {@link #PACKAGES}, moved under
 * {@code letitcrash.copyN}), their prose, hints, script, transcript and wrong solutions, with
 * every kata number, chapter tag and anchor moved on past the book's last chapter, three
 * chapters per copy (with chapter 10 the last: copy 1 is chapters 11–13, copy 2 is 14–16). The stubs are generated afresh from the copied
 * solutions, and the book includes the new chapters, so the copy is a workbook the
 * contract, the book build and the tool accept as they do the real one.
 */
final class DoubledBook {

    /** The chapters each copy takes: those of the packages below, and only theirs. */
    static final int FIRST = 4;
    static final int LAST = 6;

    /** The packages of chapters {@value #FIRST}–{@value #LAST}; no other package names them. */
    static final List<String> PACKAGES = List.of("supervisor", "restore");

    /** The folders a copy of the checkout leaves out, as {@code .gitignore} does. */
    private static final Set<String> LEFT_OUT = Set.of(".git", "target", ".idea", ".vscode", ".workbook", ".learn-backup");

    private static final List<String> SOURCE_ROOTS = List.of("solutions/src/main/java", "katas/src/test/java");
    private static final Pattern PACKAGE = Pattern.compile("letitcrash([./])(" + String.join("|", PACKAGES) + ")\\b");
    private static final Pattern KATA = Pattern.compile("(?<=\\b(?:[Kk]ata|KATA)[- ])([" + FIRST + "-" + LAST + "])\\.(\\d+)\\b");
    /** A chapter's tag or anchor ({@code ch04}); not the end of an appendix's anchor ({@code differences-ch04}), which stays the original's. */
    private static final Pattern CHAPTER_TAG = Pattern.compile("(?<!-)\\bch0([" + FIRST + "-" + LAST + "])\\b");
    private static final Pattern ANCHOR = Pattern.compile("\\[\\[([\\w.-]+)(?=[],])|\\[#([\\w.-]+)");

    private DoubledBook() {}

    /** What was made: the copy's top folder, its katas and its wrong solutions. */
    record Made(Path root, int katas, int wrongSolutions) {}

    /** Copies {@code repo} into the empty or new folder {@code into}, with {@code copies} copies of the chapters. */
    static Made make(Repo repo, Path into, int copies) {
        if (copies < 1) {
            throw new Workbook.UserError("--copies must be 1 or more, not " + copies);
        }
        try {
            if (Files.exists(into) && (!Files.isDirectory(into) || hasFiles(into))) {
                throw new Workbook.UserError(into + " is not an empty folder: give a new or empty one");
            }
            copyTree(repo.root(), into);
            var all = Catalog.read(repo).chapters();
            int last = all.stream().mapToInt(Chapter::number).max().orElse(LAST);
            var chapters = all.stream().filter(chapter -> chapter.number() >= FIRST && chapter.number() <= LAST).toList();
            var anchors = anchors(chapters.stream().map(chapter -> repo.chapters().resolve(chapter.slug())).toList());
            var includes = new StringBuilder();
            for (int copy = 1; copy <= copies; copy++) {
                for (String root : SOURCE_ROOTS) {
                    for (String pkg : PACKAGES) {
                        var from = repo.root().resolve(root).resolve("letitcrash").resolve(pkg);
                        copyRewritten(from, into.resolve(root).resolve("letitcrash/copy" + copy).resolve(pkg), copy, last, Set.of());
                    }
                }
                for (var chapter : chapters) {
                    String slug = rewrite(chapter.slug(), copy, last, Set.of());
                    copyRewritten(repo.chapters().resolve(chapter.slug()), into.resolve("chapters").resolve(slug), copy, last, anchors);
                    includes.append("\n<<<\n\ninclude::{chapters}/").append(slug).append('/').append(slug).append(".adoc[]\n");
                }
            }
            includeInTheBook(into.resolve("book/src/docs/asciidoc/index.adoc"), includes.toString());
            var copied = new Repo(into);
            new Contract(copied).generate();
            var catalog = Catalog.read(copied);
            var broken = new ArrayList<String>();
            int wrong = catalog.chapters().stream().mapToInt(chapter -> WrongSolution.in(chapter, broken).size()).sum();
            return new Made(into, catalog.katas().size(), wrong);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the doubled book in " + into, e);
        }
    }

    /**
     * {@code text} as copy {@code copy} has it: the packages moved under {@code letitcrash.copyN},
     * kata numbers and chapter tags moved on past the book's {@code last} chapter, three
     * chapters a copy (with chapter 10 the last, copy 1 is chapters 11-13 and copy 2 is 14-16),
     * and the prose's own {@code anchors} given a suffix, so that the book has no id twice.
     */
    static String rewrite(String text, int copy, int last, Set<String> anchors) {
        int shift = shift(copy, last);
        String moved = PACKAGE.matcher(text).replaceAll(m -> "letitcrash" + m.group(1) + "copy" + copy + m.group(1) + m.group(2));
        moved = KATA.matcher(moved).replaceAll(m -> (Integer.parseInt(m.group(1)) + shift) + "." + m.group(2));
        moved = CHAPTER_TAG.matcher(moved).replaceAll(m -> String.format("ch%02d", Integer.parseInt(m.group(1)) + shift));
        for (String anchor : anchors) {
            String quoted = Pattern.quote(anchor);
            moved = moved.replaceAll("(\\[\\[|\\[#|<<|xref:)" + quoted + "(?![\\w.-])", "$1" + Matcher.quoteReplacement(anchor + "-copy" + copy));
        }
        return moved;
    }

    /** How far copy {@code copy} moves chapters {@value #FIRST}-{@value #LAST} on, past the book's {@code last} chapter. */
    static int shift(int copy, int last) {
        return (last - FIRST + 1) + (LAST - FIRST + 1) * (copy - 1);
    }

    /** The ids the prose of {@code chapters} defines, but for chapter and kata ids, which move with their numbers. */
    private static Set<String> anchors(List<Path> chapters) throws IOException {
        var found = new LinkedHashSet<String>();
        for (Path chapter : chapters) {
            try (Stream<Path> files = Files.walk(chapter)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
                    ANCHOR.matcher(Files.readString(file)).results()
                            .map(m -> m.group(1) != null ? m.group(1) : m.group(2))
                            .filter(id -> !CHAPTER_TAG.matcher(id).matches() && !id.matches("kata-\\d+\\.\\d+"))
                            .forEach(found::add);
                }
            }
        }
        return found;
    }

    private static void copyRewritten(Path from, Path to, int copy, int last, Set<String> anchors) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> Files.isRegularFile(f) && !leftOut(from.relativize(f))).toList()) {
                var target = to.resolve(rewrite(from.relativize(file).toString(), copy, last, Set.of()));
                Files.createDirectories(target.getParent());
                Files.writeString(target, rewrite(Files.readString(file), copy, last, anchors));
            }
        }
    }

    private static void includeInTheBook(Path index, String includes) throws IOException {
        var text = Files.readString(index);
        var last = Pattern.compile("(?m)^include::\\{chapters}/[^\\n]*\\n").matcher(text).results().reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException(index + " includes no chapter"));
        Files.writeString(index, text.substring(0, last.end()) + includes + text.substring(last.end()));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> !leftOut(from.relativize(f))).toList()) {
                var target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                    target.toFile().setExecutable(file.toFile().canExecute());
                }
            }
        }
    }

    private static boolean leftOut(Path relative) {
        for (Path part : relative) {
            String name = part.toString();
            if (LEFT_OUT.contains(name) || name.startsWith(".learn-progress") || name.endsWith(".received.txt") || name.endsWith(".iml")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.findAny().isPresent();
        }
    }
}
