package letitcrash.workbook;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * {@code ./learn} in a real terminal, a tmux pane of a given size, for tests that drive it
 * as a person does: type keys, read the screen. The test waits for what the screen shows,
 * with a generous guard against hanging; nothing is timed.
 */
final class TmuxPane implements AutoCloseable {

    private static final Duration GUARD = Duration.ofSeconds(90);

    private final String session = "learn-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime();

    /** Whether tmux is installed: without it these tests are skipped. */
    static boolean available() throws IOException, InterruptedException {
        return tmux("-V") == 0;
    }

    /**
     * Starts {@code ./learn} (this build's classes, as the script starts them: {@link ToolJvm}) on the
     * checkout at {@code root}, in a pane of {@code width} by {@code height}, with {@code options}
     * (such as {@code -Dworkbook.testLimit=2s}) for its JVM.
     */
    TmuxPane(Path root, int width, int height, String... options) throws IOException, InterruptedException {
        this(root, width, height, List.of(), options);
    }

    /** Starts {@code ./learn} with {@code arguments} (such as {@code jshell 1}), as {@link #TmuxPane(Path, int, int, String...)} does. */
    TmuxPane(Path root, int width, int height, List<String> arguments, String... options) throws IOException, InterruptedException {
        var jvm = new ArrayList<>(List.of(options));
        jvm.add("-Dworkbook.root=" + root);
        var words = new ArrayList<>(ToolJvm.command(arguments.isEmpty() ? "" : arguments.getFirst(), jvm));
        words.addAll(arguments);
        String command = words.stream().map(word -> "'" + word.replace("'", "'\\''") + "'").collect(Collectors.joining(" "))
                + "; echo LEARN-EXITED-$?; sleep 60";
        String[] start = {"new-session", "-d", "-s", session, "-x", Integer.toString(width), "-y", Integer.toString(height), command};
        // tmux's server starts with the first session and ends with the last, and the two test
        // JVMs start and end theirs side by side: a new-session that meets the server starting or
        // ending fails (a fresh-clone CI run met it once), and succeeds when tried again.
        int status = tmux(start);
        for (int retry = 0; status != 0 && retry < 3; retry++) {
            status = tmux(start);
        }
        if (status != 0) {
            throw new IllegalStateException("tmux could not start a session");
        }
    }

    void keys(String... keys) throws IOException, InterruptedException {
        var args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    /** The pane's text once {@code shown} holds; fails with the last screen if it never does. */
    String when(Predicate<String> shown) throws Exception {
        return until(shown, "-J");
    }

    /** Everything the pane has shown, its scrolled-off lines too, once {@code shown} holds of it; fails as {@link #when} does. */
    String historyWhen(Predicate<String> shown) throws Exception {
        return until(shown, "-J", "-S", "-");
    }

    private String until(Predicate<String> shown, String... flags) throws Exception {
        long giveUp = System.nanoTime() + GUARD.toNanos();
        String screen = "";
        while (System.nanoTime() < giveUp) {
            screen = capture(flags);
            if (shown.test(screen)) {
                return screen;
            }
            Thread.sleep(50); // polling another process's screen: there is nothing to wait on
        }
        throw new AssertionError("the screen never showed what was expected; it showed:\n" + screen);
    }

    /** Types {@code text} as it is (no key names) and presses enter. */
    void line(String text) throws IOException, InterruptedException {
        tmux("send-keys", "-t", session, "-l", text);
        tmux("send-keys", "-t", session, "Enter");
    }

    /** The pane's rows as they are on screen, not joined where lines wrapped. */
    List<String> rows() throws IOException, InterruptedException {
        return capture().lines().toList();
    }

    private String capture(String... flags) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("tmux", "capture-pane", "-p", "-t", session));
        command.addAll(List.of(flags));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return text;
    }

    @Override
    public void close() throws IOException {
        try {
            tmux("kill-session", "-t", session);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int tmux(String... args) throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of("tmux"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }
}
