package letitcrash.book;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The programs the book's checks run besides the JVM (Chromium and its driver for the browser
 * check, Elixir's {@code iex} for the boxes' sessions), and the install of them that
 * {@code .ci/run} starts in the background as the build begins: it exports the install's
 * process id and log, and a check that needs one of them first waits for that install, so it
 * neither races it nor waits for ever.
 */
final class BookTools {

    /** How long to wait for .ci/run's install, started as the build began. */
    private static final long INSTALL_MINUTES = 5;

    private static final String PID = "LETITCRASH_BOOK_TOOLS_INSTALL_PID";
    private static final String LOG = "LETITCRASH_BOOK_TOOLS_INSTALL_LOG";

    private BookTools() {}

    /**
     * Waits for the install .ci/run may have started; then why {@code program} cannot be run
     * ({@code advice} says how to get it), or null where it can.
     */
    static String missing(Path program, String advice) {
        var waited = awaitInstall();
        if (waited != null) {
            return waited;
        }
        return Files.isExecutable(program) ? null : "no " + program + installFailure() + ": " + advice;
    }

    /** What .ci/run's install said last, where it ran and left a log. */
    private static String installFailure() {
        var log = System.getenv(LOG);
        try {
            var lines = log == null ? List.<String>of() : Files.readAllLines(Path.of(log));
            return lines.isEmpty() ? "" : " (the install by .ci/run ended with: " + lines.getLast().strip() + ")";
        } catch (IOException e) {
            return "";
        }
    }

    /** Null once the install is over (or there is none); why not if it is still running after the wait. */
    static String awaitInstall() {
        var pid = System.getenv(PID);
        var install = pid == null ? Optional.<ProcessHandle>empty() : ProcessHandle.of(Long.parseLong(pid));
        if (install.isEmpty() || !install.get().isAlive()) {
            return null;
        }
        var log = System.getenv().getOrDefault(LOG, "(no log)");
        System.out.printf("Waiting for .ci/run's install of the book's tools (process %s) to end, at most %d minutes%n",
                pid, INSTALL_MINUTES);
        try {
            install.get().onExit().get(INSTALL_MINUTES, TimeUnit.MINUTES);
            return null;
        } catch (TimeoutException e) {
            return "the book's tools are still being installed after " + INSTALL_MINUTES + " minutes (process " + pid
                    + ", log " + log + ")";
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError("waiting for the install of the book's tools (process " + pid + ")", e);
        }
    }
}
