package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker JVM that ends itself while it waits for a request, being busy with a thread an
 * earlier run left spinning: the next run goes to a fresh worker, and its kata is judged on
 * its own tests, not blamed for an end it had no part in ("exit code 4: the code ran out of
 * memory or called System.exit").
 */
class BusyWhileIdleTest {

    @TempDir
    Path root;

    @Test
    void aWorkerThatEndedItselfWhileIdleIsNotBlamedOnTheNextKata() throws Exception {
        TinyWorkbook.writeInto(root);
        TinyWorkbook.write(root, "katas/src/test/java/demo/SpinnerTest.java", """
                package demo;
                import static org.assertj.core.api.Assertions.assertThat;
                import org.junit.jupiter.api.Tag;
                import org.junit.jupiter.api.Test;
                @Tag("kata-1.1")
                class SpinnerTest {
                    @Test
                    void passesAndLeavesAThreadSpinning() {
                        Thread.ofPlatform().daemon().start(() -> { while (true) { Thread.onSpinWait(); } });
                        assertThat(Adder.add(2, 3)).isEqualTo(5);
                    }
                }
                """);
        new Contract(new Repo(root)).generate();
        TinyWorkbook.solve(root.resolve("katas/src/main/java/demo/Adder.java"), "1.1", "return a + b;");
        try (var session = new Session(new Repo(root))) {
            assertThat(session.run(List.of("1.1"), null).passed("1.1")).isTrue();
            endOfTheWorker();

            var again = session.run(List.of("1.1"), null);
            assertThat(again.passed("1.1")).as("%s", again.of("1.1")).isTrue();
        }
    }

    /** Waits for the worker JVM (the one child of this JVM that runs TestWorker) to end itself. */
    private static void endOfTheWorker() throws Exception {
        var worker = ProcessHandle.current().children()
                .filter(child -> child.info().commandLine().orElse("").contains(TestWorker.class.getName()))
                .findFirst().orElseThrow(() -> new AssertionError("no worker JVM runs"));
        worker.onExit().get(30, TimeUnit.SECONDS);
    }
}
