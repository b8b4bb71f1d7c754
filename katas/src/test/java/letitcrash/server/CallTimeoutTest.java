package letitcrash.server;

import static letitcrash.server.Counter.Op.RELEASE;
import static letitcrash.server.Counter.Op.SLOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import letitcrash.process.Down;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.testing.Threads;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * A call that gives up: it exits the caller with {@code timeout}, the server runs on, and
 * nothing of the call (a late reply, a DOWN) ever reaches the caller afterwards, as on
 * OTP 24 and later (the book's appendix of OTP facts, "Calls and casts"). The node runs on
 * a virtual clock that each test moves past the call's timeout.
 */
@Tag("ch03")
@Tag("kata-3.3")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("Kata 3.3: A call that times out")
class CallTimeoutTest {

    private static final String SECTION = "(book: chapter 3, section Kata 3.3: A call that times out)";

    private final ManualClock clock = new ManualClock();
    @AutoClose
    private final Node node = Node.start(clock);

    /** What the caller saw after its call to {@code counter} timed out: the exit, then what came next. */
    record AfterTimeout(CallExit exit, Object afterwards, List<Object> mailbox) {}

    /** Calls {@code counter} with SLOW (which it never answers by itself), moves the clock past the timeout, then runs {@code next}. */
    private AfterTimeout timeOut(Pid counter, Callable<Object> next) throws Exception {
        var caller = Threads.start(() -> node.run(() -> {
            CallExit timedOut = null;
            try {
                GenServer.call(counter, SLOW, Duration.ofSeconds(1));
            } catch (CallExit exit) {
                timedOut = exit;
            }
            return new AfterTimeout(timedOut, next.call(), node.messages(Proc.self()));
        }));
        Threads.awaitWaitingOn(clock, caller, "the call " + SECTION);
        clock.advance(Duration.ofSeconds(1));
        return caller.result().get(Threads.HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS);
    }

    private Pid counter() throws Exception {
        return node.run(() -> GenServer.start(new Counter(), Proc.self()));
    }

    @Test
    @Order(1)
    @DisplayName("a call that gets no answer in time exits the caller with timeout, naming the call")
    void aCallThatTimesOutExits() throws Exception {
        var seen = timeOut(counter(), () -> null);

        assertThat(seen.exit()).as("%s the call should have thrown a CallExit after its 1 s", SECTION).isNotNull();
        assertThat(seen.exit().why()).as(SECTION).isEqualTo(CallExit.TIMEOUT);
        assertThat(seen.exit().reason()).as(SECTION).hasToString("{timeout, {GenServer, call, [<0.2.0>, slow, 1000]}}");
    }

    // tag::call-late-reply-test[]
    @Test
    @Order(2)
    @DisplayName("the server goes on after the timeout, and its late reply never lands in the caller's mailbox")
    void theLateReplyIsDropped() throws Exception {
        node.trace().recordMessages(true);
        Pid counter = counter();

        // RELEASE makes the server answer the call that gave up, then this one: the late reply has been sent.
        var seen = timeOut(counter, () -> GenServer.call(counter, RELEASE));

        assertThat(seen.afterwards()).as("%s the server should run on and answer", SECTION).isEqualTo("released");
        assertThat(seen.mailbox()).as("%s the caller's mailbox after the late reply: deactivate the alias", SECTION)
                .isEmpty();
        assertThat(node.trace().lines()).as(SECTION).anyMatch(line -> line.endsWith(", late}: inactive alias, dropped"));
    }
    // end::call-late-reply-test[]

    @Test
    @Order(3)
    @DisplayName("when the server ends after a call timed out, no DOWN of that call reaches the caller")
    void noDownAfterATimeout() throws Exception {
        Pid counter = counter();

        var seen = timeOut(counter, () -> {
            GenServer.stop(counter); // waits for the DOWN of its own monitor
            return strayDown(counter);
        });

        assertThat(seen.afterwards()).as("%s a DOWN for the timed-out call's monitor: demonitor it with flush", SECTION)
                .isEqualTo(Optional.empty());
    }

    /**
     * A DOWN from {@code server} already in the caller's mailbox. The node delivers a dead
     * process's DOWNs in the order its monitors were made, so a DOWN of the call's monitor,
     * made before stop's, is there by the time stop has its own.
     */
    private static Optional<Down> strayDown(Pid server) throws InterruptedException {
        return Proc.receive(Down.class, down -> down.pid().equals(server), Duration.ZERO);
    }
}
