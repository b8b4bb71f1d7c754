package letitcrash.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The rendered HTML book ({@code target/book}, written in prepare-package) as its checks read
 * it: its pages, parsed with jsoup, and every URL they refer to, including those of the
 * stylesheets they link that ship with the book.
 */
final class RenderedBook {

    static final Path DIR = Path.of(System.getProperty("book.dir", "target/book")).toAbsolutePath();

    /** The attributes that hold a URL; {@code srcset} holds several. */
    private static final Set<String> URL_ATTRIBUTES =
            Set.of("href", "xlink:href", "src", "srcset", "data", "poster", "background", "action", "formaction");

    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern CSS_URL = Pattern.compile(
            "url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)|@import\\s+(['\"])(.*?)\\3", Pattern.CASE_INSENSITIVE);
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private RenderedBook() {}

    /**
     * A URL that a page or one of its stylesheets refers to.
     *
     * @param base    the file the URL is relative to
     * @param where   where it stands, for a reader of a failure: {@code index.html: <img src>}
     * @param fetched whether the browser loads it to show the page (everything but a link)
     */
    record Reference(Path base, String where, String url, boolean fetched) {

        /** Whether the browser would go to the network for it: a scheme other than data:, or //host. */
        boolean external() {
            return url.startsWith("//") || SCHEME.matcher(url).find() && !inline();
        }

        /** Whether it carries its content itself ({@code data:}), so names no file. */
        boolean inline() {
            return url.regionMatches(true, 0, "data:", 0, 5);
        }

        boolean internal() {
            return url.startsWith("#");
        }

        /** The file a relative URL names: its path, without query or fragment, decoded. */
        Path file() {
            var path = url.split("[?#]", 2)[0];
            return base.resolveSibling(URLDecoder.decode(path, StandardCharsets.UTF_8)).normalize();
        }

        @Override
        public String toString() {
            return where + " " + url;
        }
    }

    /** The book's pages, in name order; none is a failure that says how to render them. */
    static List<Path> pages() {
        try (Stream<Path> files = Files.list(DIR)) {
            var pages = files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
            if (pages.isEmpty()) {
                throw new AssertionError("no rendered page in " + DIR + ": the book is rendered in prepare-package; "
                        + "run mvn -pl book -am verify");
            }
            return pages;
        } catch (IOException e) {
            throw new AssertionError("the rendered book is missing (" + e + "): the book is rendered in "
                    + "prepare-package; run mvn -pl book -am verify", e);
        }
    }

    static Document parse(Path page) {
        try {
            return Jsoup.parse(page.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every URL the page refers to: in attributes, in {@code style} elements and attributes, and
     * in the local stylesheets it links (relative to each stylesheet).
     */
    static List<Reference> references(Path page) {
        var name = DIR.relativize(page).toString();
        var found = new ArrayList<Reference>();
        for (Element element : parse(page).getAllElements()) {
            var tag = element.normalName();
            for (var attribute : element.attributes()) {
                var key = attribute.getKey().toLowerCase();
                var where = name + ": <" + tag + " " + key + ">";
                var fetched = !(tag.equals("a") && key.endsWith("href"));
                if (key.equals("srcset")) {
                    for (var candidate : attribute.getValue().split(",")) {
                        found.add(new Reference(page, where, candidate.strip().split("\\s+")[0], true));
                    }
                } else if (URL_ATTRIBUTES.contains(key)) {
                    found.add(new Reference(page, where, attribute.getValue().strip(), fetched));
                } else if (key.equals("style")) {
                    cssReferences(page, where, attribute.getValue(), found);
                }
            }
            if (tag.equals("style")) {
                cssReferences(page, name + ": <style>", element.data(), found);
            }
        }
        for (var stylesheet : List.copyOf(found)) {
            if (stylesheet.where().endsWith("<link href>") && !stylesheet.external() && stylesheet.url().contains(".css")
                    && Files.isRegularFile(stylesheet.file())) {
                var css = stylesheet.file();
                cssReferences(css, DIR.relativize(css).toString(), read(css), found);
            }
        }
        return found;
    }

    private static void cssReferences(Path base, String where, String css, List<Reference> found) {
        var matcher = CSS_URL.matcher(CSS_COMMENT.matcher(css).replaceAll(""));
        while (matcher.find()) {
            var isUrl = matcher.group(2) != null;
            found.add(new Reference(base, where + (isUrl ? " url()" : " @import"),
                    (isUrl ? matcher.group(2) : matcher.group(4)).strip(), true));
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
