package letitcrash.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The reference solution of a kata appears only in its walkthrough, collapsed until the
 * reader opens it: a chapter may include solution code by tag anywhere, but a tag that takes
 * in lines of a kata region ({@code // region kata N.M}) belongs in a block titled
 * {@code .Show the walkthrough}.
 */
class WalkthroughOnlyTest {

    private static final Path SOLUTIONS = ChapterScriptsTest.CHAPTERS.resolveSibling("solutions/src/main/java");
    private static final Pattern INCLUDE = Pattern.compile("include::\\{solutions}/(\\S+?)\\[tags?=([^,\\]]+)");

    @Test
    @DisplayName("No chapter shows a kata's solution outside its walkthrough")
    void solutionsOnlyInWalkthroughs() throws IOException {
        var shown = new ArrayList<String>();
        try (Stream<Path> chapters = Files.walk(ChapterScriptsTest.CHAPTERS)) {
            for (Path adoc : chapters.filter(f -> f.toString().endsWith(".adoc")).sorted().toList()) {
                shown.addAll(openSolutions(adoc));
            }
        }
        assertThat(shown).as("listings of kata regions outside a '.Show the walkthrough' block: move each into its"
                + " kata's walkthrough and say in words, before the kata, what the code does").isEmpty();
    }

    /** The includes of {@code adoc}, outside walkthroughs, whose tags take in a kata region's lines. */
    private static List<String> openSolutions(Path adoc) throws IOException {
        var found = new ArrayList<String>();
        var lines = Files.readAllLines(adoc);
        boolean inWalkthrough = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith(".Show the walkthrough")) {
                inWalkthrough = true;
            } else if (line.startsWith("[[") || line.startsWith("=== ")) {
                inWalkthrough = false;
            }
            var include = INCLUDE.matcher(line);
            if (include.find() && !inWalkthrough) {
                var source = Files.readAllLines(SOLUTIONS.resolve(include.group(1)));
                for (String tag : include.group(2).split(";")) {
                    if (takesInARegion(source, tag)) {
                        found.add(adoc.getFileName() + ":" + (i + 1) + " " + include.group(1) + " tag " + tag);
                    }
                }
            }
        }
        return found;
    }

    private static boolean takesInARegion(List<String> source, String tag) {
        boolean inTag = false;
        boolean inRegion = false;
        for (String line : source) {
            inTag = inTag || line.contains("tag::" + tag + "[]");
            inRegion = (inRegion || line.contains("// region kata ")) && !line.contains("// endregion");
            if (inTag && inRegion) {
                return true;
            }
            inTag = inTag && !line.contains("end::" + tag + "[]");
        }
        return false;
    }
}
