package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The node's own behaviour, which no kata asks the learner to write. */
@Tag("ch01")
@DisplayName("A node owns its processes")
class NodeTest {

    @AutoClose
    private final Node node = Node.start();

    @Test
    @DisplayName("a message to a process that has ended is dropped without error")
    void sendToAnEndedProcessIsDropped() throws Exception {
        Pid shortLived = node.run(Proc::self); // run returns once its process has ended

        assertThatCode(() -> node.send(shortLived, "anyone there?")).doesNotThrowAnyException();
        assertThat(node.messages(shortLived)).isEmpty();
    }

    @Test
    @DisplayName("receive outside a process explains where it may be used")
    void receiveOutsideAProcessIsAnError() {
        assertThatThrownBy(Proc::receive).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("inside a process");
    }

    @Test
    @DisplayName("closing the node ends the processes still waiting for messages")
    void closingTheNodeEndsItsProcesses() {
        List<Pid> waiting = IntStream.range(0, 100).mapToObj(i -> node.spawn(Proc::receive)).toList();

        node.close();

        assertThat(waiting).noneMatch(node::isAlive);
        assertThatThrownBy(() -> node.spawn(() -> {})).isInstanceOf(IllegalStateException.class);
    }
}
