package letitcrash.server;

import static letitcrash.server.Counter.Op.ASK_A_HELPER;
import static letitcrash.server.Counter.Op.GET;
import static letitcrash.server.Counter.Op.INC;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import letitcrash.process.Down;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.Ref;
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
 * A call's answer, and its failure when the server is gone, as OTP 25 gives them (the
 * book's appendix of OTP facts, "Calls and casts"). Timeouts are kata 3.3's
 * ({@link CallTimeoutTest}). The node runs on a virtual clock that nobody moves: a call that
 * waited for its timeout would hang, and the hang guard would fail the test.
 */
@Tag("ch03")
@Tag("kata-3.2")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the simplest step fails first
@DisplayName("Kata 3.2: Calling a server: the reply, and noproc")
class GenServerCallTest {

    private static final String SECTION = "(book: chapter 3, section Kata 3.2: Calling a server)";

    private final ManualClock clock = new ManualClock();
    @AutoClose
    private final Node node = Node.start(clock);

    @Test
    @Order(1)
    @DisplayName("a call returns the server's reply, after the casts sent before it")
    void aCallReturnsTheReply() throws Exception {
        Object count = node.run(() -> {
            Pid counter = GenServer.start(new Counter(), Proc.self());
            GenServer.cast(counter, INC);
            GenServer.cast(counter, INC);
            return GenServer.call(counter, GET);
        });

        assertThat(count).as(SECTION).isEqualTo(2);
    }

    // tag::call-noproc-test[]
    @Test
    @Order(2)
    @DisplayName("a call to a server that has ended fails at once with noproc")
    void aCallToAnEndedServerFailsAtOnce() throws Exception {
        Pid ended = node.run(() -> {
            Pid counter = GenServer.start(new Counter(), Proc.self());
            GenServer.stop(counter);
            return counter;
        });

        var call = Threads.start(() -> node.run(() -> GenServer.call(ended, GET)));

        assertThatThrownBy(() -> call.result().get(Threads.HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS)).as(SECTION)
                .cause().isInstanceOfSatisfying(CallExit.class, exit -> {
                    assertThat(exit.why()).as(SECTION).isEqualTo(ExitReason.NOPROC);
                    assertThat(exit.reason()).as(SECTION).hasToString("{noproc, {GenServer, call, [<0.2.0>, get, 5000]}}");
                });
    }
    // end::call-noproc-test[]

    @Test
    @Order(3)
    @DisplayName("a call to a pid that never lived fails at once with noproc")
    void aCallToAnUnknownPidFailsAtOnce() {
        var call = Threads.start(() -> node.run(() -> GenServer.call(new Pid(999), GET)));

        assertThatThrownBy(() -> call.result().get(Threads.HANG_GUARD.toMillis(), TimeUnit.MILLISECONDS)).as(SECTION)
                .cause().isInstanceOfSatisfying(CallExit.class, exit -> assertThat(exit.why()).isEqualTo(ExitReason.NOPROC));
    }

    @Test
    @Order(4)
    @DisplayName("a caller that does not catch a failed call ends with its reason")
    void anUncaughtCallExitEndsTheCaller() throws Exception {
        ExitReason callerEnd = node.run(() -> {
            Pid nobody = new Pid(999);
            Pid caller = Proc.spawn(() -> {
                Proc.receive();
                GenServer.call(nobody, GET);
            });
            Ref watch = Proc.monitor(caller);
            Proc.send(caller, "go");
            return Expect.down(watch, GenServer.INFINITY, "a caller that called a server that does not exist").reason();
        });

        assertThat(callerEnd).as(SECTION).hasToString("{noproc, {GenServer, call, [<0.999.0>, get, 5000]}}");
    }

    @Test
    @Order(5)
    @DisplayName("a server may answer later, from another process, with GenServer.reply")
    void aServerMayReplyLater() throws Exception {
        Object answer = node.run(() -> GenServer.call(GenServer.start(new Counter(), Proc.self()), ASK_A_HELPER));

        assertThat(answer).as(SECTION).isEqualTo("from a helper");
    }

    @Test
    @Order(6)
    @DisplayName("a process that calls itself fails at once with calling_self")
    void callingYourselfFails() {
        assertThatThrownBy(() -> node.run(() -> GenServer.call(Proc.self(), GET))).as(SECTION)
                .isInstanceOfSatisfying(CallExit.class, exit -> assertThat(exit.why()).isEqualTo(CallExit.CALLING_SELF));
    }

}
