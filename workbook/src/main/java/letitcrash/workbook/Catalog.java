package letitcrash.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every kata, found where its parts live: the regions in the solutions say which katas
 * exist and which file each one edits; the chapters give each its title and hints. Nothing
 * is listed twice, so nothing can drift.
 *
 * <p>In a chapter's prose a kata's section is an anchor and a heading:
 * <pre>{@code
 * [[kata-1.2]]
 * === Kata 1.2: Receive with a timeout
 * Read first: <<Receive with a timeout>>.
 * }</pre>
 * whose first line names, by a cross reference, the section of the chapter that explains
 * what the kata builds: by its title, as here, or by its id (an anchor above its heading, or
 * the one Asciidoctor gives it: {@code <<_the_rule_as_otp_counts_it>>}, for a title with a comma).
 * and its hints, in the chapter's {@code hints.adoc}, are an ordered list between tags
 * (code in them written {@code `+code+`}, so that the book shows {@code ->} and {@code <=} as typed):
 * <pre>{@code
 * // tag::kata-1.2[]
 * . a gentle nudge
 * . nearly the answer
 * // end::kata-1.2[]
 * }</pre>
 */
final class Catalog {

    /** What begins a kata section's first line, before the cross reference to its concept's section. */
    static final String CONCEPT_LEAD = "Read first:";

    private static final Pattern CHAPTER_DIR = Pattern.compile("ch(\\d+)-[a-z0-9-]+");
    private static final Pattern CHAPTER_TITLE = Pattern.compile("^==\\s+(.+?)\\s*$", Pattern.MULTILINE);
    /** AsciiDoc's literal monospace, {@code `+code+`}: the book shows the code as typed, the tool without the pluses. */
    private static final Pattern LITERAL_CODE = Pattern.compile("`\\+([^`]+)\\+`");
    private static final Pattern KATA_SECTION = Pattern.compile(
            "^\\[\\[" + KataMarks.tag("(\\d+\\.\\d+)") + "]]\\s*\\n===\\s+Kata \\1:\\s*(.+?)\\s*$", Pattern.MULTILINE);
    /** A kata section's first line: the cross reference to the section that explains its concept. */
    private static final Pattern CONCEPT = Pattern.compile("\\G\\n" + Pattern.quote(CONCEPT_LEAD) + " <<([^,>]+)>>\\.\\s*$", Pattern.MULTILINE);
    /** A section heading of any level below the chapter's, perhaps with an anchor line above it: group 1 the id, group 2 the title. */
    private static final Pattern HEADING = Pattern.compile("^(?:\\[\\[([^\\],]+)]]\\s*\\n)?={3,}\\s+(.+?)\\s*$", Pattern.MULTILINE);

    /** What Asciidoctor leaves out of a generated id: tags, character references, and characters other than word characters, space, - and . */
    private static final Pattern AUTO_ID_DROPPED = Pattern.compile(
            "<[^>]+>|&(?:[a-z][a-z]+\\d{0,2}|#\\d\\d\\d{0,4}|#x[\\da-f][\\da-f][\\da-f]{0,3});|[^ \\w\\-.]+", Pattern.UNICODE_CHARACTER_CLASS);

    private final Map<String, Kata> katas;
    private final List<Chapter> chapters;

    private Catalog(List<Chapter> chapters, Map<String, Kata> katas) {
        this.chapters = chapters;
        this.katas = katas;
    }

    /** Reads the catalog from {@code repo}'s solutions and chapters. */
    static Catalog read(Repo repo) {
        var chapters = chapters(repo.chapters());
        var regions = new TreeMap<String, List<String>>(Kata.ORDER);
        var todos = new TreeMap<String, String>();
        Repo.javaSources(repo.solutions()).forEach((file, source) -> {
            for (var region : StubGenerator.regions(file, source)) {
                var files = regions.computeIfAbsent(region.kata(), k -> new ArrayList<>());
                if (!files.contains(file)) {
                    files.add(file);
                }
                todos.putIfAbsent(region.kata(), region.todo());
            }
        });
        var katas = new LinkedHashMap<String, Kata>();
        regions.forEach((id, files) -> {
            var chapter = chapters.stream().filter(c -> c.number() == chapterOf(id)).findFirst().orElse(null);
            var section = chapter == null ? null : sections(chapter).get(id);
            var hints = chapter == null ? List.<String>of() : hints(chapter, id);
            katas.put(id, new Kata(id, List.copyOf(files), todos.get(id), chapter, section == null ? null : section.title(),
                    section == null ? null : section.concept(), hints));
        });
        return new Catalog(chapters, katas);
    }

    List<Kata> katas() {
        return List.copyOf(katas.values());
    }

    List<Chapter> chapters() {
        return chapters;
    }

    Optional<Kata> kata(String id) {
        return Optional.ofNullable(katas.get(id));
    }

    private static List<Chapter> chapters(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(dir)) {
            var chapters = new ArrayList<Chapter>();
            for (Path chapterDir : dirs.sorted().toList()) {
                Matcher name = CHAPTER_DIR.matcher(chapterDir.getFileName().toString());
                if (name.matches() && Files.isDirectory(chapterDir)) {
                    var probe = new Chapter(Integer.parseInt(name.group(1)), "", chapterDir);
                    String prose = Files.isRegularFile(probe.prose()) ? Files.readString(probe.prose()) : "";
                    Matcher title = CHAPTER_TITLE.matcher(prose);
                    chapters.add(new Chapter(probe.number(), title.find() ? title.group(1) : probe.slug(), chapterDir));
                }
            }
            return chapters;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the chapters in " + dir, e);
        }
    }

    /** A kata's section: its title, and the title of the section its first line names (null if none, or none such). */
    private record Section(String title, String concept) {}

    private static Map<String, Section> sections(Chapter chapter) {
        var sections = new TreeMap<String, Section>();
        try {
            if (Files.isRegularFile(chapter.prose())) {
                String prose = Files.readString(chapter.prose());
                var headings = new LinkedHashMap<String, String>();
                for (Matcher heading = HEADING.matcher(prose); heading.find(); ) {
                    String title = heading.group(2);
                    headings.putIfAbsent(title, title);
                    headings.putIfAbsent(heading.group(1) != null ? heading.group(1) : uniqueId(autoId(title), headings), title);
                }
                Matcher section = KATA_SECTION.matcher(prose);
                while (section.find()) {
                    Matcher concept = CONCEPT.matcher(prose).region(section.end(), prose.length());
                    String named = concept.find() ? headings.get(concept.group(1).strip()) : null;
                    sections.put(section.group(1), new Section(section.group(2), named));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + chapter.prose(), e);
        }
        return sections;
    }

    /** Asciidoctor's id for a section with no anchor of its own (its default idprefix and idseparator, both {@code _}). */
    static String autoId(String title) {
        String id = "_" + AUTO_ID_DROPPED.matcher(title.toLowerCase(Locale.ROOT)).replaceAll("").replaceAll(" +", "_");
        return id.endsWith("_") ? id.substring(0, id.length() - 1) : id;
    }

    /** A second section with the same id gets {@code _2}, as in Asciidoctor. */
    private static String uniqueId(String id, Map<String, String> taken) {
        String unique = id;
        for (int n = 2; taken.containsKey(unique); n++) {
            unique = id + "_" + n;
        }
        return unique;
    }

    /** The ordered-list items between {@code // tag::kata-N.M[]} and its end tag, each joined onto one line. */
    static List<String> hints(Chapter chapter, String id) {
        if (!Files.isRegularFile(chapter.hints())) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(chapter.hints());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + chapter.hints(), e);
        }
        int start = lines.indexOf("// tag::" + KataMarks.tag(id) + "[]");
        int end = lines.indexOf("// end::" + KataMarks.tag(id) + "[]");
        if (start < 0 || end < start) {
            return List.of();
        }
        var hints = new ArrayList<String>();
        for (String line : lines.subList(start + 1, end)) {
            if (line.startsWith(". ")) {
                hints.add(line.substring(2).strip());
            } else if (!line.isBlank() && !hints.isEmpty()) {
                hints.set(hints.size() - 1, hints.getLast() + " " + line.strip());
            }
        }
        return hints.stream().map(Catalog::asText).toList();
    }

    /** A hint as the tool shows it: literal monospace ({@code `+a -> b+`}) loses its pluses. */
    private static String asText(String hint) {
        return LITERAL_CODE.matcher(hint).replaceAll(span -> Matcher.quoteReplacement("`" + span.group(1) + "`"));
    }

    /** The chapter of kata {@code id}: 2 for "2.3". */
    static int chapterOf(String id) {
        return Integer.parseInt(id.substring(0, id.indexOf('.')));
    }
}
