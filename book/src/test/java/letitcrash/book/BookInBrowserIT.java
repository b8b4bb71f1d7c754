package letitcrash.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

/**
 * The rendered book in a real browser, headless Chromium: it loads without a console error,
 * its links and anchors resolve in the DOM, every picture renders, the table of contents
 * reaches every chapter and appendix, and neither on a desktop nor on a phone does the page
 * scroll sideways.
 * Screenshots of the first screen of each level-1 section (the preface, each chapter and each
 * appendix: {@code ch04-desktop.png}) and of each picture ({@code picture-ch04-2-phone.png}),
 * at a desktop and a phone width, are kept in {@code target/browser}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BookInBrowserIT {

    record Screen(String name, int width, int height) {}

    static final Screen DESKTOP = new Screen("desktop", 1280, 900);
    static final Screen PHONE = new Screen("phone", 390, 844);
    static final Path SCREENSHOTS = Path.of(System.getProperty("book.screenshots", "target/browser")).toAbsolutePath();

    /** Describes an element for a failure message: tag, id, classes and the start of its text. */
    private static final String DESCRIBE = """
            const describe = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\\s+/).join('.') : '')
                + ' "' + (e.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 40) + '"';
            """;

    /** The book's level-1 sections: the preface, each chapter and each appendix (and parts, if any). */
    private static final String SECTIONS = """
            const sections = () => [...document.querySelectorAll('#content > .sect1 > h2[id], #content > h1.sect0[id]')];
            """;

    private ChromeDriver browser;
    private String skipped;
    private List<Path> pages;
    private final List<String> figures = new ArrayList<>();

    @BeforeAll
    void start() {
        pages = RenderedBook.pages();
        skipped = Chromium.missing();
        if (skipped == null) {
            browser = Chromium.start();
        } else {
            System.out.println("Browser check skipped: " + skipped);
        }
    }

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(skipped == null, () -> "the browser check is skipped: " + skipped);
    }

    @AfterAll
    void stop() {
        if (browser == null) {
            return;
        }
        System.out.printf("Browser: Chromium %s, %d page(s), %s%n",
                browser.getCapabilities().getBrowserVersion(), pages.size(), String.join(", ", figures));
        browser.quit();
    }

    @Test
    @DisplayName("Each page loads without an error in the browser's console")
    void loadsWithoutConsoleErrors() {
        var errors = new ArrayList<String>();
        for (var page : pages) {
            open(page, DESKTOP);
            // Only this test reads the log, so it holds every message since the page was loaded.
            browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                    .forEach(entry -> errors.add(page.getFileName() + ": " + entry.getMessage()));
        }
        assertThat(errors).as("errors in the browser's console").isEmpty();
    }

    @Test
    @DisplayName("Every internal link leads to an element of its page, in the DOM")
    void everyInternalLinkResolves() {
        long links = 0;
        long anchors = 0;
        for (var page : pages) {
            open(page, DESKTOP);
            var found = script("""
                    const links = [...document.querySelectorAll('a[href^="#"]')].map(a => a.getAttribute('href'));
                    const anchors = [...new Set(links)];
                    const resolves = href => { try { return document.getElementById(decodeURIComponent(href.slice(1))) !== null; }
                                               catch (e) { return false; } };
                    return {links: links.length, anchors: anchors.length, broken: anchors.filter(href => !resolves(href))};
                    """);
            assertThat((List<?>) found.get("broken")).as("%s: links to no element", page.getFileName()).isEmpty();
            links += (Long) found.get("links");
            anchors += (Long) found.get("anchors");
        }
        assertThat(links).as("internal links (the table of contents alone has one per section)").isPositive();
        figures.add(links + " internal links to " + anchors + " anchors");
    }

    @Test
    @DisplayName("Every picture renders: each image is loaded and has a width, each inline SVG a box")
    void everyPictureRenders() {
        long pictures = 0;
        for (var page : pages) {
            open(page, DESKTOP);
            var found = script("""
                    const shown = e => {
                        const box = e.getBoundingClientRect();
                        return e.tagName.toLowerCase() === 'img' ? e.complete && e.naturalWidth > 0 : box.width > 0 && box.height > 0;
                    };
                    const pictures = [...document.querySelectorAll('#content img, #content svg')]
                        .filter(e => !e.parentElement.closest('svg'));
                    return {pictures: pictures.length,
                            broken: pictures.filter(e => !shown(e)).map(e => e.getAttribute('src') || e.outerHTML.slice(0, 80))};
                    """);
            assertThat((List<?>) found.get("broken")).as("%s: pictures that do not render", page.getFileName()).isEmpty();
            pictures += (Long) found.get("pictures");
        }
        assertThat(pictures).as("pictures in the book (the chapters draw some)").isPositive();
        figures.add(pictures + " pictures");
    }

    @Test
    @DisplayName("The table of contents links to every chapter and appendix")
    void tableOfContentsReachesEverySection() {
        for (var page : pages) {
            open(page, DESKTOP);
            var found = script(SECTIONS + """
                    const toc = new Set([...document.querySelectorAll('#toc a[href^="#"]')].map(a => a.getAttribute('href').slice(1)));
                    return {sections: sections().length,
                            missing: sections().filter(h => !toc.has(h.id)).map(h => h.id + ' "' + h.textContent.trim() + '"')};
                    """);
            assertThat((Long) found.get("sections")).as("%s: level-1 sections", page.getFileName()).isPositive();
            assertThat((List<?>) found.get("missing"))
                    .as("%s: sections the table of contents does not link to", page.getFileName()).isEmpty();
            figures.add(found.get("sections") + " sections in the table of contents");
        }
    }

    @Test
    @DisplayName("On a desktop and on a phone the page does not scroll sideways; a wide listing scrolls in its own box")
    void pageDoesNotScrollSideways() {
        for (var page : pages) {
            var scrolling = new ArrayList<String>();
            Object listings = 0;
            for (var screen : List.of(DESKTOP, PHONE)) {
                open(page, screen);
                var found = script(DESCRIBE + """
                        const width = window.innerWidth;
                        const clipped = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) {
                                                   if (getComputedStyle(p).overflowX !== 'visible') return true; }
                                               return false; };
                        const sticksOut = e => e.getBoundingClientRect().right > width + 1;
                        const outermost = [...document.querySelectorAll('body *')]
                            .filter(e => sticksOut(e) && !sticksOut(e.parentElement) && !clipped(e)).slice(0, 10).map(describe);
                        const listings = [...document.querySelectorAll('.listingblock pre, .literalblock pre')];
                        const wide = listings.filter(p => p.scrollWidth > p.clientWidth);
                        return {innerWidth: width, scrollWidth: document.documentElement.scrollWidth, outermost: outermost,
                                listings: listings.length, wide: wide.length,
                                unscrollable: wide.filter(p => !['auto', 'scroll'].includes(getComputedStyle(p).overflowX)).map(describe)};
                        """);
                assertThat((Long) found.get("innerWidth")).as("the viewport's width on a %s", screen.name())
                        .isEqualTo(screen.width());
                assertThat((List<?>) found.get("unscrollable"))
                        .as("%s: listings wider than a %s's screen that cannot scroll", page.getFileName(), screen.name())
                        .isEmpty();
                assertThat((Long) found.get("scrollWidth"))
                        .as("%s: the page's width on a %d px %s; what sticks out: %s",
                                page.getFileName(), screen.width(), screen.name(), found.get("outermost"))
                        .isLessThanOrEqualTo(screen.width() + 1);
                listings = found.get("listings");
                scrolling.add(found.get("wide") + " on a " + screen.name());
            }
            figures.add(listings + " listings (" + String.join(", ", scrolling) + " scroll in their box)");
        }
    }

    @Test
    @DisplayName("Screenshots of each section's first screen and of each picture, on a desktop and a phone")
    void screenshots() throws IOException {
        Files.createDirectories(SCREENSHOTS);
        try (var old = Files.newDirectoryStream(SCREENSHOTS, "*.png")) {
            for (var file : old) {
                Files.delete(file);
            }
        }
        var written = 0;
        for (var page : pages) {
            for (var screen : List.of(DESKTOP, PHONE)) {
                open(page, screen);
                var found = script(SECTIONS + """
                        const name = h => h.id.replace(/^_+/, '');
                        const pictures = [...document.querySelectorAll('#content img, #content svg')]
                            .filter(e => !e.parentElement.closest('svg'))
                            .filter(e => e.getBoundingClientRect().width > 0)  // one that does not render fails everyPictureRenders
                            .map(e => { const h = e.closest('.sect1')?.querySelector(':scope > h2[id]');
                                        return {element: e, section: h ? name(h) : 'book'}; });
                        return {sections: sections().map(h => ({element: h, name: name(h)})), pictures: pictures};
                        """);
                for (var section : entries(found, "sections")) {
                    browser.executeScript("arguments[0].scrollIntoView({block: 'start'})", section.get("element"));
                    var png = browser.getScreenshotAs(OutputType.BYTES);
                    assertThat(widthOf(png)).as("the width of a screenshot on a %s", screen.name()).isEqualTo(screen.width());
                    write(section.get("name") + "-" + screen.name(), png);
                    written++;
                }
                var count = new HashMap<Object, Integer>();
                for (var picture : entries(found, "pictures")) {
                    var n = count.merge(picture.get("section"), 1, Integer::sum);
                    var png = ((WebElement) picture.get("element")).getScreenshotAs(OutputType.BYTES);
                    assertThat(widthOf(png)).as("the width of a picture's screenshot").isPositive();
                    write("picture-" + picture.get("section") + "-" + n + "-" + screen.name(), png);
                    written++;
                }
            }
        }
        assertThat(written).as("screenshots written").isPositive();
        figures.add(written + " screenshots in " + SCREENSHOTS);
    }

    /**
     * Shows the page at this screen's size, with every collapsed block (the walkthroughs) open, as
     * a reader who opened them all sees it. A page is loaded once; a new size lays it out again.
     */
    private void open(Path page, Screen screen) {
        var url = page.toUri().toString();
        if (!url.equals(browser.getCurrentUrl())) {
            browser.get(url);
            browser.executeAsyncScript("""
                    const loaded = arguments[arguments.length - 1];
                    if (document.readyState === 'complete') loaded(); else window.addEventListener('load', () => loaded());
                    """);
            browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
        }
        Chromium.viewport(browser, screen.width(), screen.height());
        browser.executeScript("window.scrollTo(0, 0)");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> script(String body) {
        return (Map<String, Object>) browser.executeScript(body);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> entries(Map<String, Object> found, String key) {
        return (List<Map<String, Object>>) found.get(key);
    }

    private static int widthOf(byte[] png) throws IOException {
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return image == null ? 0 : image.getWidth();
    }

    private static void write(String name, byte[] png) throws IOException {
        Files.write(SCREENSHOTS.resolve(name + ".png"), png);
    }
}
