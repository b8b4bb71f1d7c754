package letitcrash.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import letitcrash.book.PdfPictures.Picture;
import letitcrash.book.PdfText.Glyph;
import letitcrash.book.PdfText.Line;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.assertj.core.data.Percentage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The PDF book, checked against the HTML book rendered from the same sources just before
 * it: its outline and its printed table of contents reach every chapter and appendix of the
 * HTML's, every body page shows its number, every picture of the HTML is drawn in it, and no
 * glyph runs past the text column. It also renders a few pages to PNG under
 * {@code target/pdf-pages/}, for a person to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfBookIT {

    /** The listing width the theme ({@code book-theme.yml}) is set for: a line this long or shorter must not wrap. */
    static final int COLUMNS = 100;

    private static final Path HTML = Path.of(System.getProperty("book.dir", "target/book")).resolve("index.html");
    private static final Path PDF = Path.of(System.getProperty("book.pdf", "target/book/let-it-crash-keep-the-state.pdf"));
    private static final Path PAGES = Path.of(System.getProperty("book.pdf-pages", "target/pdf-pages"));

    private PDDocument pdf;
    private Document html;
    private String[] labels;
    private List<Glyph> glyphs;
    private List<Line> lines;
    private Map<String, Line> byText;

    @BeforeAll
    void read() throws IOException {
        assertThat(PDF).as("the PDF book; render it with mvn -pl book -am verify").isRegularFile();
        pdf = Loader.loadPDF(PDF.toFile());
        html = Jsoup.parse(HTML.toFile());
        labels = pdf.getDocumentCatalog().getPageLabels().getLabelsByPageIndices();
        glyphs = PdfText.glyphs(pdf);
        lines = PdfText.lines(glyphs);
        byText = lines.stream().collect(Collectors.toMap(Line::text, line -> line, (first, later) -> first));
        System.out.printf("%s: %d pages, %d glyphs%n", PDF.getFileName(), pdf.getNumberOfPages(), glyphs.size());
    }

    @AfterAll
    void close() throws IOException {
        pdf.close();
    }

    @Test
    @DisplayName("The outline and the printed table of contents reach every chapter and appendix of the HTML book")
    void theContentsReachEveryChapter() {
        var chapters = html.select("#toc > ul.sectlevel1 > li > a").eachText();
        assertThat(chapters).as("the HTML book's table of contents (%s)", HTML).hasSizeGreaterThan(10);
        var contents = contentsText();
        for (var chapter : chapters) {
            var item = outline().stream().filter(each -> each.getTitle().endsWith(chapter)).findFirst();
            assertThat(item).as("an entry of the PDF's outline for \"%s\"; it has %s", chapter,
                    outline().stream().map(PDOutlineItem::getTitle).toList()).isPresent();
            var page = pageOf(item.get());
            assertThat(pageText(page)).as("page %s, where the outline's \"%s\" leads", labels[page], chapter)
                    .contains(chapter.replaceAll(PdfText.SPACE, ""));
            assertThat(contents).as("the printed table of contents: \"%s\" and its page, %s", chapter, labels[page])
                    .containsPattern(spread(chapter) + "\\|?" + labels[page] + "\\|");
        }
        System.out.printf("outline: %d chapters and appendices, each in the outline and the printed contents%n", chapters.size());
    }

    @Test
    @DisplayName("Every page from the preface on shows its number, counted from 1, at its foot")
    void everyBodyPageShowsItsNumber() {
        var first = Arrays.asList(labels).indexOf("1");
        assertThat(first).as("a page labelled 1; the labels are %s", Arrays.asList(labels)).isPositive();
        var foots = lines.stream().collect(Collectors.toMap(Line::page, Line::text, (upper, lower) -> lower));
        for (int page = first; page < labels.length; page++) {
            assertThat(labels[page]).as("the label of page %d", page + 1).isEqualTo(String.valueOf(page - first + 1));
            assertThat(foots.get(page)).as("the lowest line of page %d, labelled %s", page + 1, labels[page])
                    .isEqualTo(labels[page]);
        }
        System.out.printf("page numbers: %d pages numbered 1 to %s, after %d front pages%n",
                labels.length - first, labels[labels.length - 1], first);
    }

    @Test
    @DisplayName("Every picture of the HTML book is drawn in the PDF, in order, with its shape, inside the page")
    void everyPictureIsDrawn() throws IOException {
        var expected = html.select("div.imageblock");
        var drawn = PdfPictures.in(pdf);
        assertThat(drawn).as("pictures drawn in the PDF (%s), against the HTML's %s", where(drawn), expected.stream().map(PdfBookIT::name).toList())
                .hasSize(expected.size());
        for (int i = 0; i < drawn.size(); i++) {
            var bounds = drawn.get(i).bounds();
            assertThat(bounds.getWidth() / bounds.getHeight())
                    .as("the shape (width over height) of picture %d, %s, drawn on page %s", i + 1, name(expected.get(i)), labels[drawn.get(i).page()])
                    .isCloseTo(aspect(expected.get(i)), Percentage.withPercentage(1));
            assertThat(pdf.getPage(drawn.get(i).page()).getMediaBox().toGeneralPath().getBounds2D().contains(bounds))
                    .as("picture %d, %s, lies within page %s", i + 1, name(expected.get(i)), labels[drawn.get(i).page()]).isTrue();
        }
        System.out.printf("pictures: %d in the HTML, %d drawn in the PDF, each with its shape%n", expected.size(), drawn.size());
    }

    @Test
    @DisplayName("No glyph runs past the text column's right edge, where justified lines end")
    void noGlyphRunsOffThePage() {
        var bodyFont = PdfText.mostCommon(glyphs, Glyph::font);
        var edge = Float.parseFloat(PdfText.mostCommon(lines.stream().filter(line -> line.font().equals(bodyFont)).toList(),
                line -> String.valueOf(Math.round(line.right()))));
        var width = pdf.getPage(0).getMediaBox().getWidth();
        var beyond = lines.stream().filter(line -> line.right() > edge + 1 || line.right() > width).toList();
        assertThat(beyond.size()).as("lines past the text column's edge at %.0f pt (the page is %.0f pt wide), e.g. %s", edge, width,
                beyond.stream().limit(5).map(line -> "page " + labels[line.page()] + " to " + Math.round(line.right()) + " pt: " + line.text()).toList())
                .isZero();
        System.out.printf("right edge: %d lines, none past %.0f pt of a %.0f pt page%n", lines.size(), edge, width);
    }

    @Test
    @DisplayName("A listing line of up to 100 columns stays on one line of the PDF")
    void shortListingLinesDoNotWrap() {
        var listings = html.select("pre");
        var listingLines = listings.stream().flatMap(pre -> pre.wholeText().lines()).toList();
        var fitting = listingLines.stream().filter(line -> line.length() <= COLUMNS && !line.isBlank()).toList();
        var wrapped = fitting.stream().filter(line -> lineOf(line) == null).toList();
        assertThat(wrapped).as("of %d listing lines of up to %d columns, %d wrap in the PDF (the code font in book-theme.yml is too large?), e.g. %s",
                fitting.size(), COLUMNS, wrapped.size(), wrapped.stream().limit(3).toList()).isEmpty();
        System.out.printf("listings: %d, with %d lines; the %d of up to %d columns each on one line, %d longer ones wrap%n",
                listings.size(), listingLines.size(), fitting.size(), COLUMNS, listingLines.stream().filter(line -> line.length() > COLUMNS).count());
    }

    @Test
    @DisplayName("A chapter's first page, a page with a picture and a page with a wide listing are rendered to PNG")
    void rendersPagesToLookAt() throws IOException {
        var widest = html.select("pre").stream().flatMap(pre -> pre.wholeText().lines())
                .filter(line -> line.length() <= COLUMNS).max(Comparator.comparingInt(String::length)).orElseThrow();
        var chapter = outline().stream().filter(item -> item.getTitle().matches("\\D*1\\. .*")).findFirst().orElseThrow();
        var pages = Map.of("chapter-start", pageOf(chapter), "picture", PdfPictures.in(pdf).getFirst().page(),
                "wide-listing", Objects.requireNonNull(lineOf(widest), () -> "no line of the PDF holds " + widest).page());
        Files.createDirectories(PAGES);
        try (var old = Files.newDirectoryStream(PAGES, "*.png")) { // an earlier run's pages may be others
            for (var file : old) {
                Files.delete(file);
            }
        }
        var renderer = new PDFRenderer(pdf);
        for (var page : pages.entrySet()) {
            var image = renderer.renderImageWithDPI(page.getValue(), 100);
            var file = PAGES.resolve("page-" + labels[page.getValue()] + "-" + page.getKey() + ".png");
            ImageIO.write(image, "png", file.toFile());
            assertThat(inked(image)).as("the share of %s that is not white", file).isGreaterThan(0.01);
            System.out.printf("rendered: %s%n", file);
        }
    }

    private List<PDOutlineItem> outline() {
        var items = new ArrayList<PDOutlineItem>();
        pdf.getDocumentCatalog().getDocumentOutline().children().forEach(items::add);
        return items;
    }

    private int pageOf(PDOutlineItem item) {
        try {
            return pdf.getPages().indexOf(item.findDestinationPage(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String pageText(int page) {
        return lines.stream().filter(line -> line.page() == page).map(Line::text).collect(Collectors.joining());
    }

    /** The front pages' lines joined by |, without the dot leaders: "1.Abaremailbox|4|". */
    private String contentsText() {
        return lines.stream().filter(line -> !labels[line.page()].matches("\\d+"))
                .map(line -> line.text().replaceAll("\\.{2,}", "") + "|").collect(Collectors.joining());
    }

    /** A pattern for a title that a line break may split anywhere. */
    private static String spread(String title) {
        return title.replaceAll(PdfText.SPACE, "").codePoints().mapToObj(Character::toString)
                .map(Pattern::quote).collect(Collectors.joining("\\|?"));
    }

    /** The PDF line that holds a whole listing line, or null if none does. */
    private Line lineOf(String listingLine) {
        var text = listingLine.replaceAll(PdfText.SPACE, "");
        var exact = byText.get(text);
        return exact != null ? exact : lines.stream().filter(line -> line.text().contains(text)).findFirst().orElse(null);
    }

    private static double aspect(Element imageblock) {
        var picture = imageblock.selectFirst("img, svg");
        return Double.parseDouble(picture.attr("width")) / Double.parseDouble(picture.attr("height"));
    }

    private static String name(Element imageblock) {
        var picture = imageblock.selectFirst("img, svg");
        return picture.hasAttr("src") ? picture.attr("src") : imageblock.select(".title").text();
    }

    private String where(List<Picture> drawn) {
        return drawn.stream().map(picture -> "page " + labels[picture.page()]).toList().toString();
    }

    private static double inked(BufferedImage image) {
        long inked = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                inked += (image.getRGB(x, y) & 0xFFFFFF) == 0xFFFFFF ? 0 : 1;
            }
        }
        return (double) inked / ((long) image.getWidth() * image.getHeight());
    }
}
