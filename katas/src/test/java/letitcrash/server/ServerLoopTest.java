package letitcrash.server;

import static letitcrash.server.Counter.Op.GET;
import static letitcrash.server.Counter.Op.INC;
import static letitcrash.server.Counter.Op.LAST;
import static letitcrash.server.Counter.Op.RELEASE;
import static letitcrash.server.Counter.Op.SLOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.List;
import letitcrash.process.Down;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.Ref;
import letitcrash.server.Counter.Terminated;
import letitcrash.server.ServerMessage.CallReply;
import letitcrash.server.ServerMessage.CallRequest;
import letitcrash.testing.Expect;
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
 * The server's loop, one message at a time. {@code GenServer.call} is kata 3.2, so these
 * tests call by hand: they send the request message a call sends, with an alias of their
 * own as its tag, and wait for the reply through it.
 */
@Tag("ch03")
@Tag("kata-3.1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the simplest step fails first
@DisplayName("Kata 3.1: The server loop")
class ServerLoopTest {

    private static final String SECTION = "(book: chapter 3, Kata 3.1)";

    @AutoClose
    private final Node node = Node.start(new ManualClock());

    /** Sends {@code request} as GenServer.call will, tagged {@code tag}, an alias of the caller. */
    private static void sendCall(Pid server, Ref tag, Object request) {
        Proc.send(server, new CallRequest(new From(Proc.self(), tag), request));
    }

    /**
     * The reply tagged {@code tag}, or a failure at once if {@code server} ends first. It
     * waits for ever otherwise, so a server that never answers hangs until the guard.
     */
    private static Object replyTo(Pid server, Ref tag) throws InterruptedException {
        Ref watch = Proc.monitor(server);
        var answer = Expect.message(Object.class, m -> m instanceof CallReply reply && reply.tag().equals(tag)
                || m instanceof Down down && down.ref().equals(watch), GenServer.INFINITY, "the reply to " + tag + ", or the server's DOWN");
        Proc.demonitor(watch, true);
        return switch (answer) {
            case CallReply reply -> reply.value();
            case Down down -> throw new AssertionError("the server ended with " + down.reason() + " before it replied " + SECTION);
            default -> throw new AssertionError(answer);
        };
    }

    /** A call by hand: a fresh alias, the request, the reply. */
    private static Object callByHand(Pid server, Object request) throws InterruptedException {
        Ref tag = Proc.alias();
        sendCall(server, tag, request);
        return replyTo(server, tag);
    }

    // tag::server-loop-test[]
    @Test
    @Order(1)
    @DisplayName("casts reach handleCast in order, and each state is the next one's: a call then sees them all")
    void castsChangeTheStateAndACallReadsIt() throws Exception {
        Object count = node.run(() -> {
            Pid counter = GenServer.start(new Counter(), Proc.self());
            GenServer.cast(counter, INC);
            GenServer.cast(counter, INC);
            GenServer.cast(counter, INC);
            return callByHand(counter, GET);
        });

        assertThat(count).as("the count after three casts %s", SECTION).isEqualTo(3);
    }
    // end::server-loop-test[]

    @Test
    @Order(2)
    @DisplayName("a call answered with NoReply waits, and the server may answer it later with GenServer.reply")
    void noReplyKeepsTheCallerWaiting() throws Exception {
        record Seen(List<Object> beforeRelease, Object released, Object late) {}
        Seen seen = node.run(() -> {
            Pid counter = GenServer.start(new Counter(), Proc.self());
            Ref slow = Proc.alias();
            sendCall(counter, slow, SLOW);
            callByHand(counter, GET); // once this is answered, the slow call has been handled, without a reply
            var before = node.messages(Proc.self());
            Object released = callByHand(counter, RELEASE);
            return new Seen(before, released, replyTo(counter, slow));
        });

        assertThat(seen.beforeRelease()).as("no reply to a call answered with NoReply %s", SECTION).isEmpty();
        assertThat(seen.released()).as("the reply to release %s", SECTION).isEqualTo("released");
        assertThat(seen.late()).as("the slow call's reply, sent later with GenServer.reply %s", SECTION).isEqualTo("late");
    }

    @Test
    @Order(3)
    @DisplayName("ReplyAndStop runs terminate, then replies, then the server ends with the reason")
    void replyAndStopTerminatesThenReplies() throws Exception {
        record Seen(Object first, Object reply, ExitReason down) {}
        Seen seen = node.run(() -> {
            Pid counter = GenServer.start(new Counter(), Proc.self());
            Ref watch = Proc.monitor(counter);
            GenServer.cast(counter, INC);
            Ref tag = Proc.alias();
            sendCall(counter, tag, LAST);
            // Both come from the server, so they arrive in the order it sent them.
            Object first = Expect.message(Object.class, m -> m instanceof Terminated || m instanceof CallReply
                    || m instanceof Down d && d.ref().equals(watch), GenServer.INFINITY,
                    "terminate's report, the reply of ReplyAndStop, or the server's DOWN");
            Object reply = switch (first) {
                case CallReply early -> early.value();
                case Down _ -> null;
                default -> replyTo(counter, tag);
            };
            ExitReason down = first instanceof Down early ? early.reason()
                    : Expect.down(watch, GenServer.INFINITY, "the server after ReplyAndStop").reason();
            return new Seen(first, reply, down);
        });

        assertThat(seen.first()).as("what came first: terminate must run before the reply is sent %s", SECTION)
                .isEqualTo(new Terminated(ExitReason.of("done")));
        assertThat(seen.reply()).as("the reply of ReplyAndStop %s", SECTION).isEqualTo(1);
        assertThat(seen.down()).as("the server's end %s", SECTION).isEqualTo(ExitReason.of("done"));
    }

    @Test
    @Order(4)
    @DisplayName("a cast answered with Stop runs terminate with the reason, then the server ends with it")
    void aCastThatStopsRunsTerminate() throws Exception {
        var log = new Probe.Log();
        ExitReason down = node.run(() -> {
            Pid server = GenServer.start(new Probe(), new Probe.Config(Proc.self(), new Probe.Setup(false, null, Duration.ZERO), log));
            Ref watch = Proc.monitor(server);
            GenServer.cast(server, "stop");
            GenServer.cast(server, "ping"); // handled only by a server that went on after the stop
            var first = Expect.message(Object.class, m -> Probe.PONG.equals(m) || m instanceof Down d && d.ref().equals(watch),
                    GenServer.INFINITY, "the server's DOWN after a cast answered with Stop, or a pong if it went on");
            return first instanceof Down d ? d.reason() : null;
        });
        log.thread.join(Threads.HANG_GUARD);

        assertThat(down).as("the server's end (null: it answered a ping sent after the stop, so it went on) %s", SECTION)
                .isEqualTo(ExitReason.of("done"));
        assertThat(log.events).as("what terminate did %s", SECTION)
                .containsExactly(new Probe.TerminateStarted(ExitReason.of("done")), new Probe.TerminateFinished());
    }

    @Test
    @Order(5)
    @DisplayName("any other message goes to handleInfo, and the server goes on")
    void otherMessagesGoToHandleInfo() throws Exception {
        var log = new Probe.Log();
        List<Object> seen = node.run(() -> {
            Pid server = GenServer.start(new Probe(), new Probe.Config(Proc.self(), new Probe.Setup(false, null, Duration.ZERO), log));
            Ref watch = Proc.monitor(server);
            Proc.send(server, "hello");
            GenServer.cast(server, "ping");
            Expect.message(Object.class, m -> Probe.PONG.equals(m) || m instanceof Down d && d.ref().equals(watch),
                    GenServer.INFINITY, "the pong of a cast sent after the info, or the server's DOWN");
            Proc.demonitor(watch, true);
            return node.messages(Proc.self());
        });

        assertThat(seen).as("what handleInfo reported %s", SECTION).containsExactly(new Probe.Info("hello"));
    }

    @Test
    @Order(6)
    @DisplayName("a cast to a server that has ended is dropped without error")
    void aCastToAnEndedServerIsDropped() throws Exception {
        Pid ended = node.run(() -> {
            Pid counter = GenServer.start(new Counter(), Proc.self());
            GenServer.stop(counter);
            return counter;
        });

        assertThatCode(() -> node.run(() -> {
            GenServer.cast(ended, INC);
            return null;
        })).as("a cast to an ended server %s", SECTION).doesNotThrowAnyException();
    }
}
