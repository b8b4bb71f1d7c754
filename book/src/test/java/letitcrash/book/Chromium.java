package letitcrash.book;

import java.nio.file.Path;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;

/**
 * Headless Chromium for the browser check: the distribution's {@code chromium} and
 * {@code chromedriver}, named explicitly so that Selenium Manager never looks for (or
 * downloads) a browser or a driver. Where they are missing, {@link #missing} says why.
 *
 * <p>The browser resolves no host name, so anything the book tried to fetch from the network
 * would fail to load, and show as an error in its console.
 */
final class Chromium {

    static final Path BROWSER = Path.of(System.getProperty("book.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("book.chromedriver", "/usr/bin/chromedriver"));

    /** Kept, so that its level holds: the check uses no DevTools API, so the missing version matters not. */
    private static final Logger CDP_VERSIONS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSIONS.setLevel(Level.OFF);
    }

    private Chromium() {}

    /**
     * Why there is no browser to check the book with, or null where there is one; first waits for
     * the install .ci/run may have started ({@link BookTools}).
     */
    static String missing() {
        for (var program : new Path[] {BROWSER, DRIVER}) {
            var why = BookTools.missing(program, "install Debian's packages chromium and chromium-driver "
                    + "(.ci/run does), or name them with -Dbook.chromium=... -Dbook.chromedriver=...");
            if (why != null) {
                return why;
            }
        }
        return null;
    }

    /** A headless Chromium with its console log kept. */
    static ChromeDriver start() {
        var options = new ChromeOptions()
                .setBinary(BROWSER.toFile())
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                        "--host-resolver-rules=MAP * ~NOTFOUND");
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    /** Makes the page's viewport exactly this size, one CSS pixel to one screenshot pixel. */
    static void viewport(ChromeDriver browser, int width, int height) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }
}
