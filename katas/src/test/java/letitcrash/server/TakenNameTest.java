package letitcrash.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code startLink} under a name that is taken answers as OTP's {@code gen:start} does,
 * {@code {error, {already_started, Pid}}}, and the caller lives: the new server ends
 * {@code normal} before its init, so its link kills no one (run on OTP 25: the caller of
 * {@code GenServer.start_link(m, a, name: :taken)} got that answer and was still alive).
 */
@Tag("ch04")
@DisplayName("A start under a taken name fails with already_started, and the caller lives")
class TakenNameTest {

    private static final Duration GUARD = Threads.HANG_GUARD;

    @AutoClose
    private final Node node = Node.start();

    @Test
    @DisplayName("a caller that does not trap exits gets StartFailed with {already_started, pid}, and goes on")
    void theCallerLives() throws Exception {
        var outcome = node.run(() -> {
            Pid first = GenServer.startLink(new Counter(), Proc.self(), "counter");
            Pid caller = Proc.spawn(() -> {
                Proc.receive(String.class, "go"::equals, Duration.ofDays(1));
                try {
                    GenServer.startLink(new Counter(), Proc.self(), "counter");
                    Proc.send(first, "started twice");
                } catch (StartFailed failed) {
                    GenServer.cast("counter", Counter.Op.INC); // the caller runs on
                    Proc.exit(ExitReason.of(failed.reason().toString()));
                }
            });
            var watch = Proc.monitor(caller);
            Proc.send(caller, "go");
            var end = Expect.down(watch, GUARD, "the caller").reason();
            return java.util.List.of(first, end, GenServer.call("counter", Counter.Op.GET), Proc.whereis("counter").orElseThrow());
        });

        Pid first = (Pid) outcome.getFirst();
        assertThat(outcome.get(1)).as("the caller ended by its own choice, with StartFailed's reason")
                .isEqualTo(ExitReason.of("{already_started, " + first + "}"));
        assertThat(outcome.get(2)).as("the first counter got the caller's cast").isEqualTo(1);
        assertThat(outcome.get(3)).as("the name still belongs to the first").isEqualTo(first);
        assertThat(node.trace().lines()).as("the second server ended normal, before any init")
                .contains("exit <0.4.0> normal");
    }

    @Test
    @DisplayName("the reason carries the pid that holds the name")
    void theReasonCarriesThePid() throws Exception {
        var reason = node.run(() -> {
            Pid first = GenServer.start(new Counter(), Proc.self());
            Proc.register("counter", first);
            try {
                GenServer.startLink(new Counter(), Proc.self(), "counter");
                return null;
            } catch (StartFailed failed) {
                assertThat(Proc.messages()).as("a non-trapping caller: the normal signal changed nothing").isEmpty();
                return failed.reason();
            }
        });

        assertThat(reason).isEqualTo(new ExitReason.AlreadyStarted(new Pid(2)));
    }
}
