package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The shell's own process, which no kata asks the learner to write (chapter 1, "The shell is a process too"). */
@DisplayName("The shell is a process with a mailbox that keeps between snippets")
class ShellTest {

    @AutoClose
    private final Node node = Node.start();
    private final Shell shell = Shell.on(node);

    @Test
    @Tag("ch01")
    @DisplayName("the shell keeps one pid, and what is sent to it waits in its mailbox")
    void keepsItsPidAndItsMailbox() throws Exception {
        Pid echo = node.spawn(() -> {
            var from = Proc.receive(Pid.class);
            Proc.send(from, "echo");
        });

        shell.send(echo, shell.self());

        assertThat(shell.receive()).isEqualTo("echo");
        assertThat(shell.self()).isEqualTo(shell.self());
    }

    @Test
    @Tag("ch01")
    @DisplayName("flush takes every waiting message, oldest first, and leaves the mailbox empty")
    void flushTakesEverything() throws Exception {
        Pid me = shell.self();
        node.send(me, "one");
        node.send(me, "two");

        assertThat(shell.flush()).containsExactly("one", "two");
        assertThat(shell.receive(Duration.ZERO)).isEmpty();
    }

    @Test
    @Tag("ch02") // it needs links, which chapter 2's katas build
    @DisplayName("a crash through a link ends the shell's process, and the next request gets a new one")
    void aLinkedCrashRestartsTheShell() throws Exception {
        Pid first = shell.self();

        assertThatThrownBy(() -> shell.run(() -> {
            Proc.spawnLink(() -> {
                throw new IllegalStateException("boom");
            });
            return Proc.receive();
        })).isInstanceOf(ProcessEnded.class).hasMessageContaining("boom");

        Pid second = shell.self();
        assertThat(second).isNotEqualTo(first);
        assertThat(node.isAlive(first)).isFalse();
        assertThat(shell.run(() -> 6 * 7)).isEqualTo(42);
    }

    @Test
    @Tag("ch01")
    @DisplayName("a request after the node closed says the node is closed")
    void aClosedNodeIsNamed() throws Exception {
        shell.self();
        node.close();

        assertThatThrownBy(shell::self).isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }
}
