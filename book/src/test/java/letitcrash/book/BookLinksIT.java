package letitcrash.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Every link inside the rendered book leads somewhere: each {@code #id} names an element of
 * its page, and each relative URL (a picture, a stylesheet, a font a stylesheet loads) names a
 * file that ships with the book. It needs no browser, so it runs wherever the book is built.
 */
class BookLinksIT {

    @Test
    @DisplayName("Every internal link names an anchor of its page, and every relative URL a file of the book")
    void everyLinkResolves() {
        var pages = RenderedBook.pages();
        var broken = new ArrayList<String>();
        var links = 0;
        var anchors = new HashSet<String>();
        var files = new HashSet<Path>();
        for (var page : pages) {
            var document = RenderedBook.parse(page);
            for (var reference : RenderedBook.references(page)) {
                if (reference.internal()) {
                    links++;
                    var id = URLDecoder.decode(reference.url().substring(1), StandardCharsets.UTF_8);
                    anchors.add(page.getFileName() + "#" + id);
                    if (id.isEmpty() || document.getElementById(id) == null) {
                        broken.add(reference + " (no element has this id)");
                    }
                } else if (!reference.external() && !reference.inline()) {
                    files.add(reference.file());
                    if (!Files.isRegularFile(reference.file())) {
                        broken.add(reference + " (no file " + RenderedBook.DIR.relativize(reference.file()) + ")");
                    }
                }
            }
        }

        assertThat(broken).as("links that lead nowhere").isEmpty();
        assertThat(links).as("internal links in the book (the table of contents alone has one per section)").isPositive();
        System.out.printf("Links: %d page(s), %d internal links to %d anchors, %d files referenced; all resolve%n",
                pages.size(), links, anchors.size(), files.size());
    }
}
