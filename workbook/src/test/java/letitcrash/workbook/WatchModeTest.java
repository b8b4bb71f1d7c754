package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watch mode as a person uses it: in a real terminal (a tmux pane), it shows the kata,
 * takes a key, sees a save and shows the new verdict, and quits on q. The test waits for
 * what the screen shows, with a generous guard against hanging; nothing is timed.
 */
class WatchModeTest {

    private static final Duration GUARD = Duration.ofSeconds(60);

    @TempDir
    Path root;

    private final String session = "learn-test-" + ProcessHandle.current().pid();

    @AfterEach
    void killTheSession() throws Exception {
        tmux("kill-session", "-t", session);
    }

    @Test
    void showsTheKataTakesKeysAndAnswersASave() throws Exception {
        assumeTrue(tmux("-V") == 0, "tmux is needed to drive a real terminal (apt-get install tmux)");
        TinyWorkbook.writeInto(root);
        new Contract(new Repo(root)).generate();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "'" + java + "' -Dworkbook.root='" + root + "' -cp '" + System.getProperty("java.class.path")
                + "' letitcrash.workbook.Workbook; echo LEARN-EXITED-$?; sleep 60";
        assertThat(tmux("new-session", "-d", "-s", session, "-x", "140", "-y", "50", command)).isZero();

        assertThat(screenWhen(s -> s.contains("Watching for saves."))).contains("0/1 katas done", "Kata 1.1: Adding up",
                "✗ addsTwoNumbers()", "Hint 1 of 2: Java has an operator for this.").doesNotContain("Hint 2 of 2");

        tmux("send-keys", "-t", session, "h");
        assertThat(screenWhen(s -> s.contains("Hint 2 of 2"))).contains("Hint 2 of 2: It is `+`.");

        var stub = root.resolve("katas/src/main/java/demo/Adder.java");
        Files.writeString(stub, Files.readString(stub).replaceAll(
                "// TODO\\(kata 1.1\\).*\\n.*throw new letitcrash.KataNotDone.*", "return a + b;"));
        assertThat(screenWhen(s -> s.contains("is done"))).contains("1/1 katas done", "✓ Kata 1.1 is done: all 1 tests pass.");

        tmux("send-keys", "-t", session, "q");
        assertThat(screenWhen(s -> s.contains("LEARN-EXITED"))).contains("LEARN-EXITED-0");
    }

    /** The pane's text once {@code shown} holds; fails with the last screen if it never does. */
    private String screenWhen(Predicate<String> shown) throws Exception {
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

    private static int tmux(String... args) throws IOException, InterruptedException {
        var command = new java.util.ArrayList<>(List.of("tmux"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
    }
}
