package letitcrash.server;

import static letitcrash.server.Counter.Op.GET;
import static letitcrash.server.Counter.Op.INC;
import static letitcrash.server.Counter.Op.RELEASE;
import static letitcrash.server.Counter.Op.SLOW;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.TraceEvent;
import letitcrash.testing.Approved;
import letitcrash.testing.Threads;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a call looks like in the node's trace: the transcripts the book's message sequence
 * pictures are drawn from. Messages are recorded from the moment the server has started (the
 * server's acknowledgement would race the starter's monitor line), and each transcript ends
 * inside the caller, so that every line in it follows from the line before. A call may make
 * its monitor and its alias in either order (both only have to come before the request), so
 * the traces are compared in {@link CallOrder#canonical} order.
 */
@Tag("ch03")
@DisplayName("A call in the trace")
class CallTraceTest {

    private final ManualClock clock = new ManualClock();
    @AutoClose
    private final Node node = Node.start(clock);

    @Test
    @Tag("kata-3.2")
    @DisplayName("a start, a cast, a call and a stop, message by message")
    void aCastACallAndAStop() throws Exception {
        List<String> lines = node.run(() -> {
            Pid counter = GenServer.start(new Counter(), Proc.self());
            node.trace().recordMessages(true);
            GenServer.cast(counter, INC);
            GenServer.call(counter, GET);
            GenServer.stop(counter);
            return node.trace().lines();
        });

        Approved.verify(CallOrder.canonical(lines), "(book: chapter 3, section Kata 3.2: Calling a server) a call"
                + " monitors the server, makes an alias, sends {call, {pid, alias}, request}, gets the reply at"
                + " the alias, then unaliases");
    }

    @Test
    @Tag("kata-3.3")
    @DisplayName("a call that times out, and the late reply dropped at the inactive alias")
    void aLateReplyIsDropped() throws Exception {
        var lines = lateReply(node, clock).stream().map(TraceEvent::line).toList();

        Approved.verify(CallOrder.canonical(lines), "(book: chapter 3, section Kata 3.3: A call that times out) a"
                + " call that times out unaliases, so the server's late reply is dropped at the inactive alias");
    }

    /**
     * On {@code node}, a call that times out on {@code clock}, then a call that succeeds
     * while the first one's late reply is dropped; returns the trace from the first call
     * on, read inside the caller. {@link CallPictureTest} draws it.
     */
    static List<TraceEvent> lateReply(Node node, ManualClock clock) throws Exception {
        var caller = Threads.start(() -> node.run(() -> {
            Pid counter = GenServer.start(new Counter(), Proc.self());
            node.trace().recordMessages(true);
            try {
                GenServer.call(counter, SLOW, Duration.ofSeconds(1));
            } catch (CallExit timedOut) {
                GenServer.call(counter, RELEASE);
            }
            return node.trace().events();
        }));
        // Once the request is sent, start's wait has ended and the call's is the only one on the clock.
        if (!Threads.eventually(() -> node.trace().lines().stream().anyMatch(line -> line.endsWith(", slow}"))
                && clock.waiting() == 1)) {
            throw new AssertionError("the call did not wait on the node's clock");
        }
        clock.advance(Duration.ofSeconds(1));
        return caller.result().get(Threads.HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS);
    }
}
