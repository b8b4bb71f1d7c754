package letitcrash.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jline.terminal.Size;
import org.jline.terminal.TerminalBuilder;

/**
 * The part of {@code ./learn benchmark} that times the real watch mode in a JVM of its own,
 * started as {@code ./learn} starts one: how long from the JVM's start to the first screen,
 * to the current kata's verdict and to every kata's; and how long a key waits for its
 * screen while the kata runner is busy with a save. The watch paints to the probe JVM's
 * standard output and reads keys from its standard input, through a terminal JLine makes
 * of the two (a real terminal's own echo and drawing are not in the figures).
 */
final class WatchProbe {

    /** What the probe measured, in nanoseconds. */
    record Figures(long firstScreen, long currentVerdict, long everyVerdict, List<Long> keys) {}

    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private WatchProbe() {}

    /** The probe JVM: watch mode on the workbook at {@code workbook.root}, on standard input and output. */
    public static void main(String[] args) throws Exception {
        var terminal = TerminalBuilder.builder().system(false).streams(System.in, System.out)
                .type("xterm").size(new Size(120, 60)).build();
        try (var watch = new Watch(Workbook.repo(), false, terminal)) {
            watch.run();
        }
        System.exit(0);
    }

    /**
     * Starts watch mode on the checkout at {@code root}; then {@code keys} times saves
     * {@code file} (alternating {@code versions}), waits until the screen says it is checking,
     * and times a key (one that does nothing) until its screen is painted.
     */
    static Figures measure(Path root, Path file, List<String> versions, int keys) throws IOException, InterruptedException {
        var command = Worker.tool();
        command.addAll(List.of("-Dworkbook.root=" + root, "-cp", System.getProperty("java.class.path"), WatchProbe.class.getName()));
        long start = System.nanoTime();
        var process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            var screen = new Screenful(process.getInputStream());
            OutputStream typed = process.getOutputStream();
            long firstScreen = screen.await(0, "q quit") - start;
            long currentVerdict = screen.await(0, "Checked kata") - start;
            long everyVerdict = screen.await(0, "Watching for saves.") - start;
            var times = new ArrayList<Long>();
            for (int i = 0; i < keys; i++) {
                int from = screen.length();
                Files.writeString(file, versions.get(i % versions.size()));
                screen.await(from, "Checking kata");
                from = screen.length();
                long sent = System.nanoTime();
                typed.write('x');
                typed.flush();
                times.add(screen.await(from, "does nothing") - sent);
            }
            typed.write('q');
            typed.flush();
            return new Figures(firstScreen, currentVerdict, everyVerdict, times);
        } finally {
            process.destroyForcibly();
        }
    }

    /** Everything the probe painted so far, read by a thread of its own, with waits for what it shows. */
    private static final class Screenful {
        private final StringBuilder painted = new StringBuilder();
        private boolean ended;

        Screenful(InputStream output) {
            Thread.ofPlatform().daemon().name("watch probe output").start(() -> read(output));
        }

        private void read(InputStream output) {
            var buffer = new byte[8192];
            try (output) {
                for (int n; (n = output.read(buffer)) >= 0; ) {
                    append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                }
            } catch (IOException closed) {
                // The probe ended: the same as the end of its output.
            }
            synchronized (this) {
                ended = true;
                notifyAll();
            }
        }

        private synchronized void append(String text) {
            painted.append(text);
            notifyAll();
        }

        synchronized int length() {
            return painted.length();
        }

        /** Waits until {@code text} is painted at or after {@code from}; returns when it was seen (System.nanoTime). */
        synchronized long await(int from, String text) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (painted.indexOf(text, from) < 0) {
                long left = deadline - System.nanoTime();
                if (ended || left <= 0) {
                    String tail = painted.substring(Math.max(from, painted.length() - 2000));
                    throw new IllegalStateException("the watch never showed '" + text + "'; its screen ended with:\n" + tail);
                }
                wait(Math.max(1, left / 1_000_000));
            }
            return System.nanoTime();
        }
    }
}
