package letitcrash.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import letitcrash.edge.SafeRates;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import letitcrash.vendor.FxFeed;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A {@code catch (Exception e)} around code we do not control does not swallow an end
 * imposed from outside. Waiting in the runtime, the kill is a {@code ProcessEnded}, an
 * {@code Error} the catch lets pass. Waiting in the vendor's code, which turns the
 * interrupt into an exception of its own, the catch does take it; but the end is decided,
 * and the process's next runtime operation stops it: it sends nothing more.
 */
@Tag("ch08")
@DisplayName("Chapter 8: a kill is not caught")
class KillIsNotCaughtTest {

    @AutoClose
    private final Node node = Node.start();

    // tag::kill-not-caught[]
    @Test
    @DisplayName("a kill passes a catch (Exception e) around a receive, and around the vendor's hang")
    void aKillIsNotCaught() throws Exception {
        var seen = node.run(() -> {
            var test = Proc.self();
            var inReceive = Proc.spawn(() -> {
                try {
                    Proc.send(test, Proc.self()); // it is waiting
                    Proc.receive();
                } catch (Exception e) {
                    Proc.send(test, "caught " + e);
                }
            });
            var inTheVendor = Proc.spawn(() -> {
                Proc.send(test, Proc.self());
                var answer = SafeRates.direct(FxFeed.sandbox(), "ISK"); // its catch (Exception e) takes the vendor's exception
                Proc.send(test, "went on with " + answer);
            });
            var downs = new java.util.ArrayList<Object>();
            for (var pid : List.of(inReceive, inTheVendor)) {
                Expect.message(Pid.class, pid::equals, Threads.HANG_GUARD, "the process " + pid + " to begin");
                var watch = Proc.monitor(pid);
                Proc.exit(pid, ExitReason.KILL);
                downs.add(Expect.down(watch, Threads.HANG_GUARD, "the killed process").reason());
            }
            downs.add(Proc.messages());
            return downs;
        });
        assertThat(seen).containsExactly(ExitReason.KILLED, ExitReason.KILLED, List.of());
    }
    // end::kill-not-caught[]
}
