package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import letitcrash.server.GenServer;
import letitcrash.testing.Expect;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a process owns ({@link Proc#own}) is closed by the runtime at its end, once its last
 * operation ({@link Proc#perform}) is over and before its DOWN goes out, even when it took
 * the resource inside that operation.
 */
@Tag("ch09")
@DisplayName("A process's own resources are closed at its end, after its last operation")
class OwnedTest {

    @AutoClose
    private final Node node = Node.start();

    /** Starts a process that owns a resource taken inside an operation still under way; kills it there. */
    private List<String> killedInsideTheOperation() throws Exception {
        var seen = new CopyOnWriteArrayList<String>();
        var inside = new CountDownLatch(1);
        return node.run(() -> {
            var owner = Proc.spawn(() -> Proc.perform(() -> {
                Proc.own(() -> seen.add("closed"));
                inside.countDown();
                try {
                    new CountDownLatch(1).await(); // until the kill's interrupt
                } finally {
                    seen.add("the operation is over");
                }
                return null;
            }));
            inside.await();
            var watch = Proc.monitor(owner);
            Proc.exit(owner, ExitReason.KILL);
            Expect.down(watch, GenServer.DEFAULT_TIMEOUT, "the killed owner");
            seen.add("DOWN");
            return List.copyOf(seen);
        });
    }

    @RepeatedTest(200)
    @DisplayName("killed inside the operation that took it: the operation ends, then the resource closes, then the DOWN")
    void closedAfterTheOperationThatTookIt() throws Exception {
        assertThat(killedInsideTheOperation()).containsExactly("the operation is over", "closed", "DOWN");
    }

    @Test
    @DisplayName("a process that ends normally closes what it owns, the last taken first, before its DOWN")
    void closedLastFirstOnANormalEnd() throws Exception {
        var seen = new CopyOnWriteArrayList<String>();
        node.run(() -> {
            var owner = Proc.spawn(() -> {
                Proc.own(() -> seen.add("first closed"));
                Proc.own(() -> seen.add("second closed"));
            });
            var watch = Proc.monitor(owner);
            Expect.down(watch, GenServer.DEFAULT_TIMEOUT, "the owner");
            seen.add("DOWN");
            return null;
        });
        assertThat(seen).containsExactly("second closed", "first closed", "DOWN");
    }
}
