package letitcrash.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.Ref;
import letitcrash.server.ServerMessage.CallReply;
import letitcrash.testing.LastMomentClock;
import letitcrash.testing.Threads;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A call answers with its own reply, and with nothing else: the tag, and the last look after a timeout. */
@Tag("ch03")
@DisplayName("Katas 3.2 and 3.3: A call's own reply")
class CallOwnReplyTest {

    private static final String KATA_3_2 = "(book: chapter 3, section Kata 3.2: Calling a server)";
    private static final String KATA_3_3 = "(book: chapter 3, section Kata 3.3: A call that times out)";

    private final ManualClock manual = new ManualClock();
    /** What the first wait to reach its deadline does before it gives up; null once done. */
    private final AtomicReference<Runnable> atTheDeadline = new AtomicReference<>();
    @AutoClose
    private final Node node = Node.start(new LastMomentClock(manual, atTheDeadline));

    /** A server that answers no call, and hands each call's {@link From} to the test. */
    record Silent(AtomicReference<From> caller) implements Server<Object> {
        @Override
        public Object init(Object arg) {
            return arg;
        }

        @Override
        public CallResult<Object> handleCall(Object request, From from, Object state) {
            caller.set(from);
            return new NoReply<>(state);
        }
    }

    @Test
    @Tag("kata-3.2")
    @DisplayName("a call takes only the reply tagged for it: another call's reply waiting in the mailbox stays there")
    void takesOnlyItsOwnReply() throws Exception {
        record Seen(Object answer, List<Object> left) {}
        var stale = new CallReply(new Ref(-1), "the answer to another call");
        Seen seen = node.run(() -> {
            Pid counter = GenServer.start(new Counter(), Proc.self());
            Proc.send(Proc.self(), stale);
            return new Seen(GenServer.call(counter, Counter.Op.GET), node.messages(Proc.self()));
        });

        assertThat(seen.answer()).as("what the call returned %s", KATA_3_2).isEqualTo(0);
        assertThat(seen.left()).as("the other call's reply, after this call %s", KATA_3_2).containsExactly(stale);
    }

    @Test
    @Tag("kata-3.3")
    @DisplayName("a reply that lands just as the call gives up is still its answer: the call takes one last look")
    void aReplyLandingAtTheTimeoutIsTheAnswer() throws Exception {
        var caller = new AtomicReference<From>();
        Pid server = node.run(() -> GenServer.start(new Silent(caller), "silent"));
        atTheDeadline.set(() -> GenServer.reply(caller.get(), "just in time"));
        var call = Threads.start(() -> node.run(() -> GenServer.call(server, "anything", Duration.ofSeconds(1))));
        Threads.awaitWaitingOn(manual, call, "the call");
        assertThat(Threads.eventually(() -> caller.get() != null)).as("the server got the call %s", KATA_3_3).isTrue();

        manual.advance(Duration.ofSeconds(1));

        assertThat(call.result()).as("a call whose reply landed as its timeout ran out, before it unaliased:"
                        + " after the wait, it must look once more %s", KATA_3_3)
                .succeedsWithin(Threads.HANG_GUARD).isEqualTo("just in time");
    }
}
