package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The real tool in a real terminal: a tmux session running the workbook on {@code root},
 * whose screen a test reads and whose keys it presses. It waits for what the screen shows,
 * with a generous guard against hanging; nothing is timed.
 */
final class Tmux implements AutoCloseable {

    private static final Duration GUARD = Duration.ofSeconds(90);

    private final String session = "learn-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    /** Starts {@code ./learn} on {@code root} in a 140x50 terminal, with {@code options} for its JVM; skips without tmux. */
    Tmux(Path root, String... options) throws IOException, InterruptedException {
        assumeTrue(tmux("-V") == 0, "tmux is needed to drive a real terminal (apt-get install tmux)");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "'" + java + "' " + String.join(" ", options) + " -Dworkbook.root='" + root + "' -cp '"
                + System.getProperty("java.class.path") + "' letitcrash.workbook.Workbook; echo LEARN-EXITED-$?; sleep 60";
        assertThat(tmux("new-session", "-d", "-s", session, "-x", "140", "-y", "50", command)).isZero();
    }

    void press(String key) throws IOException, InterruptedException {
        tmux("send-keys", "-t", session, key);
    }

    /** The pane's text once {@code shown} holds; fails with the last screen if it never does. */
    String screenWhen(Predicate<String> shown) throws IOException, InterruptedException {
        long giveUp = System.nanoTime() + GUARD.toNanos();
        String screen = "";
        while (System.nanoTime() < giveUp) {
            screen = capture();
            if (shown.test(screen)) {
                return screen;
            }
            Thread.sleep(50); // polling another process's screen: there is nothing to wait on
        }
        throw new AssertionError("the screen never showed what was expected; it showed:\n" + screen);
    }

    private String capture() throws IOException, InterruptedException {
        var process = new ProcessBuilder("tmux", "capture-pane", "-p", "-J", "-t", session).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return text;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        tmux("kill-session", "-t", session);
    }

    private static int tmux(String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("tmux"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }
}
