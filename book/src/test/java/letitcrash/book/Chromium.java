package letitcrash.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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

    /** How long to wait for .ci/run's install of the browser, started in the background as the build began. */
    private static final long INSTALL_MINUTES = 5;

    /** Kept, so that its level holds: the check uses no DevTools API, so the missing version matters not. */
    private static final Logger CDP_VERSIONS = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

    static {
        CDP_VERSIONS.setLevel(Level.OFF);
    }

    private Chromium() {}

    /**
     * Why there is no browser to check the book with, or null where there is one; first waits for
     * the install .ci/run may have started.
     */
    static String missing() {
        var waited = awaitInstall();
        if (waited != null) {
            return waited;
        }
        for (var program : new Path[] {BROWSER, DRIVER}) {
            if (!Files.isExecutable(program)) {
                return "no " + program + installFailure() + ": install Debian's packages chromium and chromium-driver "
                        + "(.ci/run does), or name them with -Dbook.chromium=... -Dbook.chromedriver=...";
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

    /** What .ci/run's install said last, where it ran and left a log. */
    private static String installFailure() {
        var log = System.getenv("LETITCRASH_CHROMIUM_INSTALL_LOG");
        try {
            var lines = log == null ? List.<String>of() : Files.readAllLines(Path.of(log));
            return lines.isEmpty() ? "" : " (the install by .ci/run ended with: " + lines.getLast().strip() + ")";
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Waits for the install .ci/run started in the background (it exports its process id and
     * log), so the check neither races it nor waits for ever; says why not where it gave up.
     */
    private static String awaitInstall() {
        var pid = System.getenv("LETITCRASH_CHROMIUM_INSTALL_PID");
        var install = pid == null ? Optional.<ProcessHandle>empty() : ProcessHandle.of(Long.parseLong(pid));
        if (install.isEmpty()) {
            return null;
        }
        var log = System.getenv().getOrDefault("LETITCRASH_CHROMIUM_INSTALL_LOG", "(no log)");
        System.out.printf("Waiting for the install of Chromium (process %s) to end, at most %d minutes%n",
                pid, INSTALL_MINUTES);
        try {
            install.get().onExit().get(INSTALL_MINUTES, TimeUnit.MINUTES);
            return null;
        } catch (TimeoutException e) {
            return "Chromium is still being installed after " + INSTALL_MINUTES + " minutes (process " + pid
                    + ", log " + log + ")";
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("waiting for the install of Chromium (process " + pid + ")", e);
        }
    }
}
