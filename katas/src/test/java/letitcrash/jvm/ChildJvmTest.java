package letitcrash.jvm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The harness itself: a child that goes wrong gets a clear error, and no child outlives its handle. */
@Tag("ch06")
@Timeout(value = 2, unit = TimeUnit.MINUTES) // a hang guard: every wait in ChildJvm has its own timeout
@DisplayName("A child JVM harness that fails clearly")
class ChildJvmTest {

    @Test
    @DisplayName("a child whose main throws before it serves: start fails with the child's exit value and its error")
    void aChildThatCrashesAtStart() {
        assertThatThrownBy(() -> ChildJvm.start(MisbehavingChild.class, "crash"))
                .isInstanceOf(ChildFailed.class)
                .hasMessageContaining("exited with 1 before it sent its first line")
                .hasMessageContaining("IllegalStateException: no scenario to set up");
    }

    @Test
    @DisplayName("a child that prints before it serves: start fails and asks whether main calls ParentLine.serve")
    void aChildThatDoesNotServe() {
        assertThatThrownBy(() -> ChildJvm.start(MisbehavingChild.class, "chatty"))
                .isInstanceOf(ChildFailed.class)
                .hasMessageContaining("wrote \"hello, parent\" where \"ready\" was expected")
                .hasMessageContaining("ParentLine.serve");
    }

    @Test
    @DisplayName("an answer of two lines ends the child, and the parent reads why")
    void anAnswerOfTwoLines() throws Exception {
        try (var child = ChildJvm.start(MisbehavingChild.class, "two-lines")) {
            assertThatThrownBy(() -> child.ask("echo"))
                    .isInstanceOf(ChildFailed.class)
                    .hasMessageContaining("exited with 1 before it sent an answer to \"echo\"")
                    .hasMessageContaining("must be one line");
        }
    }

    @Test
    @DisplayName("close kills a child that is still serving, and waits until its process is gone")
    void closeKillsARunningChild() throws Exception {
        var child = ChildJvm.start(MisbehavingChild.class, "two-lines");
        long pid = child.pid();

        child.close();

        assertThat(child.isAlive()).isFalse();
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
    }

    @Test
    @DisplayName("a child killed with SIGKILL leaves no temporary file: close deletes its files, as the child cannot")
    void closeDeletesAKilledChildsTemporaryFiles() throws Exception {
        Path file;
        try (var child = ChildJvm.start(MisbehavingChild.class, "temporary-file")) {
            file = Path.of(child.ask("where is your temporary file?"));
            assertThat(file).exists();
            assertThat(file.getParent()).as("the child's temporary folder").isNotEqualTo(Path.of(System.getProperty("java.io.tmpdir")));

            child.kill();
            assertThat(file).as("after a SIGKILL, before close").exists();
        }

        assertThat(file).doesNotExist();
        assertThat(file.getParent()).doesNotExist();
    }

    @Test
    @DisplayName("a class with no class file (one declared in JShell, say) cannot run in a child JVM")
    void aClassWithoutAClassFile() {
        assertThatThrownBy(() -> ChildJvm.start(String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String was not loaded from a class file");
    }

    @Test
    @DisplayName("a line a child does not send in time is a timeout, not a hang")
    void aLineThatDoesNotComeTimesOut() throws Exception {
        try (var pipe = new PipedOutputStream(); var unread = new PipedInputStream(pipe)) {
            var output = new ChildOutput(new BufferedReader(new InputStreamReader(unread, StandardCharsets.UTF_8)));

            assertThatThrownBy(() -> output.next(Duration.ofMillis(1))).isInstanceOf(TimeoutException.class);
        }
    }
}
