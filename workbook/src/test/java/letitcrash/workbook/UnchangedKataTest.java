package letitcrash.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Watch mode's check of the other katas after a save ({@code onlyChanged}) skips a kata that
 * passed and whose tests reach nothing that changed, and runs every other one: a failure
 * is run again even when its code did not change, as it may have come from outside that code.
 */
class UnchangedKataTest {

    @TempDir
    Path root;

    @Test
    void aPassWithNothingChangedIsSkippedAFailureIsRunAgainAndAChangeRunsItsKata() throws Exception {
        TinyWorkbook.writeInto(root);
        TinyWorkbook.addChapterTwo(root);
        new Contract(new Repo(root)).generate();
        var adder = root.resolve("katas/src/main/java/demo/Adder.java");
        var halver = root.resolve("katas/src/main/java/demo/Halver.java");
        TinyWorkbook.solve(adder, "1.1", "return a + b;");
        TinyWorkbook.solve(halver, "2.1", "return a / 3;");
        var both = List.of("1.1", "2.1");

        try (var session = new Session(new Repo(root))) {
            var first = session.accept(session.check(both, null, true, () -> false));
            assertThat(first.passed("1.1")).as("kata 1.1, solved").isTrue();
            assertThat(first.passed("2.1")).as("kata 2.1, wrong").isFalse();

            var again = session.check(both, null, true, () -> false);
            session.accept(again);
            assertThat(again.unchanged()).as("nothing changed: the pass is kept, the failure run again").containsExactly("1.1");
            assertThat(again.finished()).containsExactly("2.1");

            TinyWorkbook.write(root, "katas/src/main/java/demo/Halver.java",
                    java.nio.file.Files.readString(halver).replace("return a / 3;", "return a / 2;"));
            var fixed = session.check(both, null, true, () -> false);
            session.accept(fixed);
            assertThat(fixed.unchanged()).as("a save to Halver, which kata 1.1's tests do not reach").containsExactly("1.1");
            assertThat(session.last().passed("2.1")).as("kata 2.1, fixed").isTrue();
            assertThat(session.last().passed("1.1")).as("kata 1.1 keeps its pass").isTrue();

            TinyWorkbook.write(root, "katas/src/main/java/demo/Adder.java",
                    java.nio.file.Files.readString(adder).replace("return a + b;", "return b + a;"));
            var changed = session.check(both, null, true, () -> false);
            assertThat(changed.unchanged()).as("a save to Adder, which only kata 1.1's tests reach").containsExactly("2.1");
            assertThat(changed.finished()).containsExactly("1.1");

            var verify = session.check(both, null, false, () -> false);
            assertThat(verify.unchanged()).as("without onlyChanged, as verify checks").isEmpty();
            assertThat(verify.finished()).containsExactly("1.1", "2.1");
        }
    }
}
