package letitcrash.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The glossary ({@code appendix-glossary.adoc}) is checked against the book's sources, so that
 * a reader who meets a term before its chapter can always follow it there: every entry has an
 * anchor {@code glossary-<id>} and a term, and the first use of each term, in reading order,
 * is a link to its entry.
 *
 * <p>Reading order is {@code index.adoc} with what it includes, in its order: its own text (the
 * preface), the chapters, then the appendices; the glossary itself, and what a chapter includes
 * in turn (listings, transcripts, hints), are not read. Only prose counts: listings, literal
 * and comment blocks, comments, include lines, attribute lines, block attribute lines, section
 * and block titles, code spans, attribute references, URLs, cross-reference targets and the
 * underscores of emphasis are skipped. A term's forms are listed in a {@code // forms:} comment
 * at the end of its entry; without one, they are the term and its plural. Forms match whole
 * words, in any case, and may break across lines.
 */
class GlossaryTest {

    static final Path GLOSSARY = ChapterScriptsTest.ASCIIDOC.resolve("appendix-glossary.adoc");

    private static final Pattern ENTRY = Pattern.compile("^\\[\\[glossary-([a-z0-9-]+)]](.*?)::\\s*$");
    private static final Pattern ANCHOR = Pattern.compile("\\[\\[glossary-([a-z0-9-]*)");
    private static final Pattern FORMS = Pattern.compile("^// forms:(.*)$");
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[.*]\\s*$");
    private static final Pattern DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|/{4,})\\s*$");
    private static final Pattern SKIPPED_LINE = Pattern.compile(
            "^(//.*|include::.*|:[\\w!-]+:.*|\\[.*]\\s*|=+\\s.*|\\.[^.\\s].*|image::.*|'''\\s*)$");
    private static final Pattern XREF = Pattern.compile("<<([^,>]+)(?:,([^>]*))?>>");
    private static final Pattern NOT_PROSE = Pattern.compile(
            "`[^`\\u0001]*`|\\{[\\w-]+}|https?://[^\\s\\[\\u0001]+|\\[\\[[^]]*]]"
            + "|(?<![\\p{L}\\p{N}])_+|_+(?![\\p{L}\\p{N}])");

    /** Between two lines that are not next to each other in the text: no form spans it. */
    private static final char BREAK = '\u0001';

    record Entry(String id, String term, List<String> forms, int line) {
        Pattern pattern() {
            var alternatives = forms.stream()
                    .map(form -> Arrays.stream(form.trim().split("\\s+")).map(Pattern::quote)
                            .collect(Collectors.joining("\\s+")))
                    .collect(Collectors.joining("|"));
            return Pattern.compile("(?<![\\p{L}\\p{N}-])(?:" + alternatives + ")(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE);
        }
    }

    /** A file's prose, its lines joined, with where each line starts and which text links where. */
    record Prose(Path file, String text, List<Integer> lineStarts, List<Integer> lineNumbers, List<Link> links) {
        int lineAt(int offset) {
            int i = 0;
            while (i + 1 < lineStarts.size() && lineStarts.get(i + 1) <= offset) {
                i++;
            }
            return lineNumbers.get(i);
        }

        String where(int offset) {
            return ChapterScriptsTest.CHAPTERS.getParent().relativize(file) + ", line " + lineAt(offset);
        }
    }

    record Link(String target, int start, int end) {}

    @Test
    @DisplayName("Every glossary entry has an anchor, a term and a definition")
    void everyEntryHasATerm() throws IOException {
        var lines = Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8);
        var entries = entries(lines);
        assertThat(entries).as("entries in %s", GLOSSARY.getFileName()).hasSizeGreaterThan(10);
        var problems = new ArrayList<String>();
        for (int i = 0; i < lines.size(); i++) {
            var anchor = ANCHOR.matcher(lines.get(i));
            var entry = ENTRY.matcher(lines.get(i));
            if (anchor.find() && !entry.matches()) {
                problems.add("line " + (i + 1) + ": an anchor glossary-" + anchor.group(1)
                        + " that starts no entry: write [[glossary-<id>]]<term>::");
            }
        }
        for (var entry : entries) {
            if (entry.term().isBlank()) {
                problems.add("line " + entry.line() + ": glossary-" + entry.id() + " has no term");
            }
            var next = entry.line() < lines.size() ? lines.get(entry.line()) : "";
            if (next.isBlank() || next.startsWith("//")) {
                problems.add("line " + entry.line() + ": \"" + entry.term() + "\" has no definition on the next line");
            }
        }
        assertThat(problems).as("%s", GLOSSARY.getFileName()).isEmpty();
    }

    @Test
    @DisplayName("The first use of each glossary term, in reading order, links to its entry")
    void firstUseOfEachTermLinksToItsEntry() throws IOException {
        var entries = entries(Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8));
        var ids = entries.stream().map(e -> "glossary-" + e.id()).collect(Collectors.toSet());
        var book = readingOrder();
        var problems = new ArrayList<String>();
        for (var prose : book) {
            for (var link : prose.links()) {
                if (link.target().startsWith("glossary-") && !ids.contains(link.target())) {
                    problems.add(prose.where(link.start()) + ": a link to " + link.target()
                            + ", which the glossary lacks");
                }
            }
        }
        for (var entry : entries.stream().filter(entry -> !entry.term().isBlank()).toList()) {
            problems.addAll(firstUse(entry, book));
        }
        assertThat(problems).as("glossary terms whose first use is not a link to their entry").isEmpty();
    }

    @Test
    @DisplayName("Only prose counts: a term in a title, a listing, a code span or a link target is no use")
    void onlyProseCounts() {
        var pid = new Entry("pid", "pid", List.of("pid", "pids"), 1);
        var text = prose(ChapterScriptsTest.CHAPTERS.resolve("sample.adoc"), List.of(
                "== Pids",
                ".A pid in a title",
                "[source,java]",
                "----",
                "Pid pid = node.spawn(body);",
                "----",
                "// a pid in a comment",
                "We keep the `pid`, read <<otp-facts-pid>> and {pid-source}, and then",
                "the _pid_ itself."));

        var use = pid.pattern().matcher(text.text());

        assertThat(use.find()).isTrue();
        assertThat(text.lineAt(use.start())).isEqualTo(9);
    }

    @Test
    @DisplayName("A term may break across lines, and so may the link around it")
    void aTermAcrossLines() {
        var signal = new Entry("exit-signal", "exit signal", List.of("exit signal", "exit signals"), 1);
        var file = ChapterScriptsTest.CHAPTERS.resolve("sample.adoc");

        var linked = prose(file, List.of("A crash sends an <<glossary-exit-signal,exit", "signal>> to its links."));
        var unlinked = prose(file, List.of("A crash sends an exit", "signal to its links."));

        assertThat(firstUse(signal, List.of(linked))).isEmpty();
        assertThat(firstUse(signal, List.of(unlinked))).singleElement().asString()
                .contains("sample.adoc, line 1", "\"exit signal\"", "<<glossary-exit-signal,exit signal>>");
    }

    /** What is wrong with the first use of one term: nothing, or one line that says where. */
    static List<String> firstUse(Entry entry, List<Prose> book) {
        var target = "glossary-" + entry.id();
        for (var prose : book) {
            Matcher use = entry.pattern().matcher(prose.text());
            if (use.find()) {
                boolean linked = prose.links().stream().anyMatch(link -> link.target().equals(target)
                        && link.start() <= use.start() && use.end() <= link.end());
                return linked ? List.of() : List.of(prose.where(use.start()) + ": the first use of \"" + entry.term()
                        + "\" (\"" + use.group().replaceAll("\\s+", " ") + "\") is not a link to its entry: write <<"
                        + target + "," + use.group().replaceAll("\\s+", " ") + ">>");
            }
        }
        return List.of("\"" + entry.term() + "\" (glossary-" + entry.id() + ") is not used anywhere in the book: "
                + "drop the entry, or list the form the book uses");
    }

    static List<Entry> entries(List<String> lines) {
        var entries = new ArrayList<Entry>();
        for (int i = 0; i < lines.size(); i++) {
            var entry = ENTRY.matcher(lines.get(i));
            if (entry.matches()) {
                var term = entry.group(2).trim();
                List<String> forms = List.of(term, term + "s");
                for (int j = i + 1; j < lines.size() && !lines.get(j).isBlank(); j++) {
                    var listed = FORMS.matcher(lines.get(j));
                    if (listed.matches()) {
                        forms = Arrays.stream(listed.group(1).split(",")).map(String::trim)
                                .filter(form -> !form.isEmpty()).toList();
                    }
                }
                entries.add(new Entry(entry.group(1), term, forms, i + 1));
            }
        }
        return entries;
    }

    /** index.adoc and the files it includes, in its order, without the glossary. */
    static List<Prose> readingOrder() throws IOException {
        var index = ChapterScriptsTest.ASCIIDOC.resolve("index.adoc");
        var files = new ArrayList<Path>(List.of(index));
        for (var line : Files.readAllLines(index, StandardCharsets.UTF_8)) {
            var include = INCLUDE.matcher(line);
            if (include.matches()) {
                var target = include.group(1).replace("{chapters}", ChapterScriptsTest.CHAPTERS.toString());
                var file = ChapterScriptsTest.ASCIIDOC.resolve(target).normalize();
                assertThat(file).as("index.adoc includes %s", target).isRegularFile();
                if (!file.equals(GLOSSARY)) {
                    files.add(file);
                }
            }
        }
        var book = new ArrayList<Prose>();
        for (var file : files) {
            book.add(prose(file, Files.readAllLines(file, StandardCharsets.UTF_8)));
        }
        return book;
    }

    /** A file's prose: every line outside a skipped block that is not a skipped line, masked. */
    static Prose prose(Path file, List<String> lines) {
        var text = new StringBuilder();
        var starts = new ArrayList<Integer>();
        var numbers = new ArrayList<Integer>();
        String block = null;
        boolean adjacent = false;
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            if (block != null) {
                block = line.strip().equals(block) ? null : block;
                adjacent = false;
                continue;
            }
            var delimiter = DELIMITER.matcher(line);
            if (delimiter.matches()) {
                block = delimiter.group(1);
                adjacent = false;
                continue;
            }
            if (SKIPPED_LINE.matcher(line).matches() || line.isBlank()) {
                adjacent = false;
                continue;
            }
            text.append(adjacent ? ' ' : BREAK);
            starts.add(text.length());
            numbers.add(i + 1);
            text.append(line);
            adjacent = true;
        }
        var masked = new StringBuilder(text);
        blank(masked, NOT_PROSE.matcher(text));
        var links = new ArrayList<Link>();
        var xref = XREF.matcher(masked.toString());
        while (xref.find()) {
            if (xref.group(2) == null) {
                fill(masked, xref.start(), xref.end());
            } else {
                links.add(new Link(xref.group(1).trim(), xref.start(2), xref.end(2)));
                fill(masked, xref.start(), xref.start(2));
                fill(masked, xref.end(2), xref.end());
            }
        }
        return new Prose(file, masked.toString(), starts, numbers, links);
    }

    private static void blank(StringBuilder text, Matcher matcher) {
        while (matcher.find()) {
            fill(text, matcher.start(), matcher.end());
        }
    }

    private static void fill(StringBuilder text, int start, int end) {
        for (int i = start; i < end; i++) {
            text.setCharAt(i, ' ');
        }
    }
}
