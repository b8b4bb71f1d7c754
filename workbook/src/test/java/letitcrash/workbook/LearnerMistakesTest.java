package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The usual bad ideas of a learner, one after the other in one watch session of the real
 * tool in a real terminal: after each, the screen says what happened, and a correct save
 * turns the kata green again without restarting {@code ./learn}. A test's time limit is
 * lowered to two seconds so that the runaways cost little.
 */
class LearnerMistakesTest {

    private static final String CORRECT = "return a + b;";

    @TempDir
    Path root;
    private Path adder;

    @BeforeEach
    void aWorkbookOfOneKata() throws IOException, InterruptedException {
        assumeTrue(TmuxPane.available(), "tmux is needed to drive a real terminal (apt-get install tmux)");
        TinyWorkbook.writeInto(root);
        new Contract(new Repo(root)).generate();
        adder = root.resolve("katas/src/main/java/demo/Adder.java");
    }

    @Test
    void afterEachMistakeACorrectSaveTurnsGreen() throws Exception {
        try (var learn = new TmuxPane(root, 140, 50, "-Dworkbook.testLimit=2s")) {
            learn.when(s -> s.contains("Watching for saves."));
            save(CORRECT);
            learn.when(s -> s.contains("✓ Kata 1.1 is done"));

            mistake(learn, "while (true) { Thread.onSpinWait(); }", "still running after 2 s");
            mistake(learn, """
                    var lock = new java.util.concurrent.locks.ReentrantLock();
                    var t = new Thread(lock::lock);
                    t.start();
                    while (t.isAlive()) { Thread.onSpinWait(); }
                    lock.lock();
                    return a + b;""", "still running after 2 s");
            mistake(learn, """
                    var x = new Object();
                    var y = new Object();
                    var both = new java.util.concurrent.Phaser(2);
                    new Thread(() -> { synchronized (y) { both.arriveAndAwaitAdvance(); synchronized (x) { } } }).start();
                    synchronized (x) { both.arriveAndAwaitAdvance(); synchronized (y) { return a + b; } }""",
                    "still running after 2 s");
            mistake(learn, "System.exit(0); return 0;", "The workbook will not run this code:");
            mistake(learn, """
                    try {
                        Runtime.class.getMethod("ha" + "lt", int.class).invoke(Runtime.getRuntime(), 7);
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                    return 0;""", "the JVM running the tests ended with exit code 7");
            mistake(learn, "return a + ;", "Your code does not compile");
            mistake(learn, "return add(a, b);", "java.lang.StackOverflowError");
            mistake(learn, "return new long[Integer.MAX_VALUE / 2].length;", "the JVM running the tests ended with exit code 3");
        }
    }

    /** With a limit longer than the screen's guard: the fix must not wait for the runaway's limit. */
    @Test
    void keysAnswerAndAFixCutsARunawayShort() throws Exception {
        try (var learn = new TmuxPane(root, 140, 50, "-Dworkbook.testLimit=600s")) {
            learn.when(s -> s.contains("Watching for saves."));
            save("while (true) { Thread.onSpinWait(); }");
            learn.when(s -> s.contains("Checking kata 1.1"));

            learn.keys("h");
            assertThat(learn.when(s -> s.contains("Hint 2 of 2"))).doesNotContain("still running");
            save(CORRECT);
            assertThat(learn.when(s -> s.contains("✓ Kata 1.1 is done"))).contains("1/1 katas done");

            save("while (true) { Thread.onSpinWait(); }");
            learn.when(s -> s.contains("Checking kata 1.1"));
            learn.keys("q");
            assertThat(learn.when(s -> s.contains("LEARN-EXITED"))).contains("LEARN-EXITED-0");
        }
    }

    /** A test's own {@code @Timeout} is its limit: the tool's (two seconds here) applies only where a test sets none. */
    @Test
    void aTestsOwnTimeLimitIsRespected() throws Exception {
        TinyWorkbook.write(root, "katas/src/test/java/demo/SlowTest.java", """
                package demo;
                import static org.assertj.core.api.Assertions.assertThat;
                import java.util.concurrent.TimeUnit;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                import org.junit.jupiter.api.Timeout;
                @Tag("kata-1.1")
                class SlowTest {
                    @Test
                    @Timeout(value = 20, unit = TimeUnit.SECONDS)
                    void takesLongerThanTheToolsLimit() throws InterruptedException {
                        Thread.sleep(6_000); // slow work, longer than the tool's limit and its grace for a silent worker
                        assertThat(Adder.add(2, 3)).isEqualTo(5);
                    }
                }
                """);
        try (var learn = new TmuxPane(root, 140, 50, "-Dworkbook.testLimit=2s")) {
            learn.when(s -> s.contains("Watching for saves."));
            save(CORRECT);
            assertThat(learn.when(s -> s.contains("✓ Kata 1.1 is done") || s.contains("still running")))
                    .contains("✓ Kata 1.1 is done: all 2 tests pass.");
        }
    }

    /** Saves {@code body}, waits until the screen says {@code shown}, then saves the correct code and waits for green. */
    private void mistake(TmuxPane learn, String body, String shown) throws Exception {
        save(body);
        assertThat(learn.when(s -> s.contains(shown))).as("after saving:\n" + body).isNotEmpty();
        save(CORRECT);
        assertThat(learn.when(s -> s.contains("✓ Kata 1.1 is done"))).as("the correct save after:\n" + body)
                .contains("1/1 katas done");
    }

    private void save(String body) throws IOException {
        Files.writeString(adder, """
                package demo;
                public class Adder {
                    public static int add(int a, int b) {
                %s
                    }
                }
                """.formatted(body.indent(8).stripTrailing()));
    }
}
