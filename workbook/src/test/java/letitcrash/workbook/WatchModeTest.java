package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watch mode as a person uses it: in a real terminal (a tmux pane), it shows the kata,
 * takes a key, sees a save and shows the new verdict, and quits on q.
 */
class WatchModeTest {

    @TempDir
    Path root;

    @Test
    void showsTheKataTakesKeysAndAnswersASave() throws Exception {
        TinyWorkbook.writeInto(root);
        new Contract(new Repo(root)).generate();
        try (var learn = new Tmux(root)) {
            assertThat(learn.screenWhen(s -> s.contains("Watching for saves."))).contains("0/1 katas done", "Kata 1.1: Adding up",
                    "✗ addsTwoNumbers()", "Hint 1 of 2: Java has an operator for this.").doesNotContain("Hint 2 of 2");

            learn.press("h");
            assertThat(learn.screenWhen(s -> s.contains("Hint 2 of 2"))).contains("Hint 2 of 2: It is `+`.");

            var stub = root.resolve("katas/src/main/java/demo/Adder.java");
            Files.writeString(stub, Files.readString(stub).replaceAll(
                    "// TODO\\(kata 1.1\\).*\\n.*throw new letitcrash.KataNotDone.*", "return a + b;"));
            assertThat(learn.screenWhen(s -> s.contains("is done"))).contains("1/1 katas done", "✓ Kata 1.1 is done: all 1 tests pass.");

            learn.press("q");
            assertThat(learn.screenWhen(s -> s.contains("LEARN-EXITED"))).contains("LEARN-EXITED-0");
        }
    }
}
