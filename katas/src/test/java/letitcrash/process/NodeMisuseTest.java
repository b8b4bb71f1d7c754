package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Mistakes made with a node get a clear error and change nothing; a closed node keeps no names. */
@Tag("ch02")
@DisplayName("A node names the mistakes made with it")
class NodeMisuseTest {

    @Test
    @DisplayName("a null argument to a node or a process operation says which one was null")
    void aNullArgumentIsNamed() throws Exception {
        try (var node = Node.start()) {
            assertNamed(() -> node.isAlive(null), "the pid");
            assertNamed(() -> node.messages(null), "the pid");
            assertNamed(() -> node.send(null, "hello"), "the pid to send to");
            assertNamed(() -> node.exit(null, ExitReason.KILL), "the pid to signal");
            assertNamed(() -> node.exit(Node.OUTSIDE, null), "the exit reason");
            assertNamed(() -> node.whereis(null), "the name");
            assertNamed(() -> node.spawn(null), "the body of the process");
            assertNamed(() -> node.run(null), "the body to run");
            var inside = node.run(() -> List.of(
                    nullNamed(() -> Proc.send((Pid) null, "hello")),
                    nullNamed(() -> Proc.send((Ref) null, "hello")),
                    nullNamed(() -> Proc.link(null)),
                    nullNamed(() -> Proc.monitor(null)),
                    nullNamed(() -> Proc.exit(null, ExitReason.KILL)),
                    nullNamed(() -> Proc.register(null, Proc.self())),
                    nullNamed(() -> Proc.receive((Duration) null)),
                    nullNamed(() -> Proc.spawnLink(null))));
            assertThat(inside).containsExactly("the pid to send to", "the alias to send to", "the pid to link to",
                    "the pid to monitor", "the pid to signal", "the name", "the timeout", "the body of the process");
            assertThat(node.trace().lines()).as("nothing was done").containsExactly("spawn <0.1.0> by <0.0.0>", "exit <0.1.0> normal");
        }
    }

    @Test
    @DisplayName("a receive filter that calls the node is refused, as every runtime operation in a filter is, and nothing is done")
    void aFilterThatCallsTheNodeIsRefused() throws Exception {
        try (var node = Node.start()) {
            Pid bystander = node.spawn(Proc::receive);
            var seen = node.run(() -> {
                Proc.send(Proc.self(), "first");
                try {
                    Proc.receive(String.class, message -> {
                        node.exit(bystander, ExitReason.KILL);
                        return true;
                    }, Duration.ZERO);
                    return List.of("no failure");
                } catch (IllegalStateException refused) {
                    return List.of(refused.getMessage(), Proc.messages());
                }
            });

            assertThat(seen.getFirst()).asString().contains("a receive filter may only look at the message");
            assertThat(seen.get(1)).as("the mailbox keeps its message").isEqualTo(List.of("first"));
            assertThat(node.isAlive(bystander)).as("the kill was not sent").isTrue();
        }
    }

    @Test
    @DisplayName("a receive filter that sends or spawns through the node is refused too")
    void aFilterThatSendsThroughTheNodeIsRefused() throws Exception {
        try (var node = Node.start()) {
            var outcomes = node.run(() -> {
                Proc.send(Proc.self(), "first");
                return List.of(refusal(() -> node.send(Proc.self(), "from the filter")),
                        refusal(() -> node.spawn(() -> {})), refusal(() -> node.isAlive(Proc.self())));
            });

            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome).contains("a receive filter may only look"));
            assertThat(node.trace().lines()).noneMatch(line -> line.startsWith("spawn <0.2.0>"));
        }
    }

    @Test
    @DisplayName("a closed node keeps no names: whereis answers empty, not a dead pid")
    void aClosedNodeKeepsNoNames() throws Exception {
        var node = Node.start();
        Pid named = node.run(() -> {
            Pid server = Proc.spawn(Proc::receive);
            Proc.register("server", server);
            return server;
        });
        assertThat(node.whereis("server")).contains(named);

        node.close();

        assertThat(node.isAlive(named)).isFalse();
        assertThat(node.whereis("server")).as("the name of a process the close ended").isEmpty();
    }

    /** What a receive filter that runs {@code operation} is answered, in the caller's process. */
    private static String refusal(ThrowingCallable operation) throws InterruptedException {
        try {
            Proc.receive(String.class, message -> {
                try {
                    operation.call();
                } catch (RuntimeException | Error refused) {
                    throw refused;
                } catch (Throwable other) {
                    throw new AssertionError(other);
                }
                return false;
            }, Duration.ZERO);
            return "no failure";
        } catch (IllegalStateException refused) {
            return refused.getMessage();
        }
    }

    private static void assertNamed(ThrowingCallable call, String what) {
        assertThatThrownBy(call).isInstanceOf(NullPointerException.class).hasMessage(what + " is null: pass a real one");
    }

    private static String nullNamed(ThrowingCallable call) {
        try {
            call.call();
            return "no failure";
        } catch (NullPointerException named) {
            return named.getMessage().replace(" is null: pass a real one", "");
        } catch (Throwable other) {
            return other.toString();
        }
    }
}
