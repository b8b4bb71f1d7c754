package letitcrash.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import letitcrash.process.Down;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * After a call returns, nothing of that call can reach the caller: tried on servers that
 * reply and stop at once, so that each server's {@code Down} races the call's
 * {@code demonitor(ref, flush)}. {@code -Dletitcrash.stress=N} multiplies the size by N.
 *
 * <p>A promise of the runtime's, like chapter 2's signal-ordering stress, and so not one of
 * kata 3.2's tests: a call without the flush leaves a stray {@code Down} only when it loses
 * a narrow race (a few times in 20,000), so it could not give the learner the same verdict
 * on every save, and its second of work would slow every check of the katas.
 */
@Tag("ch03")
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang guard for the scaled-up runs
@DisplayName("A call leaves nothing behind, under stress")
class CallStressTest {

    private static final int SCALE = Integer.getInteger("letitcrash.stress", 1);

    @AutoClose
    private final Node node = Node.start();

    /** A server that tells its starter its thread, then answers one call and stops. */
    record OneCall() implements Server<Thread> {
        @Override
        public Thread init(Object starter) {
            Proc.send((Pid) starter, Thread.currentThread());
            return Thread.currentThread();
        }

        @Override
        public CallResult<Thread> handleCall(Object request, From from, Thread state) {
            return new ReplyAndStop<>(ExitReason.of("done"), "bye", state);
        }
    }

    @Test
    @DisplayName("no stray Down after 20,000 calls to servers that reply and stop at once")
    void noStrayDownAfterACall() throws Exception {
        int calls = 20_000 * SCALE;
        long strays = node.run(() -> {
            var threads = new ArrayList<Thread>();
            for (int i = 0; i < calls; i++) {
                Pid server = GenServer.start(new OneCall(), Proc.self());
                threads.add(Proc.receive(Thread.class));
                GenServer.call(server, "last");
            }
            for (var thread : threads) {
                thread.join(); // a server's Downs have all been sent once its thread is done
            }
            return node.messages(Proc.self()).stream().filter(Down.class::isInstance).count();
        });

        assertThat(strays).as("Downs left in the caller's mailbox after %d calls", calls).isZero();
    }
}
