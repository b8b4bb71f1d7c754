package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import letitcrash.testing.Expect;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ch04")
@DisplayName("Registered names")
class NamesTest {

    /** No time passes on the node's manual clock: a wait that never comes is ended by the test's timeout. */
    private static final Duration FOREVER = Duration.ofDays(1);

    @AutoClose
    private final Node node = Node.start(new ManualClock());

    private static Pid idle() {
        return Proc.spawn(() -> Proc.receive());
    }

    // tag::names-test[]
    @Test
    @DisplayName("a registered name finds its process until it is unregistered")
    void registerWhereisUnregister() throws Exception {
        node.run(() -> {
            Pid wallet = idle();
            Proc.register("wallet", wallet);
            assertThat(Proc.whereis("wallet")).contains(wallet);
            assertThat(Proc.unregister("wallet")).isTrue();
            assertThat(Proc.whereis("wallet")).isEmpty();
            assertThat(Proc.unregister("wallet")).isFalse();
            return null;
        });
    }
    // end::names-test[]

    @Test
    @DisplayName("a name is freed in the same step as its process ends, and can be taken again")
    void aNameIsFreedWhenItsProcessEnds() throws Exception {
        node.run(() -> {
            Pid first = idle();
            Proc.register("wallet", first);
            var watch = Proc.monitor(first);
            Proc.exit(first, ExitReason.KILL);
            Expect.down(watch, FOREVER, "the process registered as 'wallet', after a kill");
            assertThat(Proc.whereis("wallet")).isEmpty();
            Pid second = idle();
            Proc.register("wallet", second);
            assertThat(Proc.whereis("wallet")).contains(second);
            return null;
        });
    }

    @Test
    @DisplayName("a name taken twice, a second name for one process, or a dead process are refused clearly")
    void refusals() throws Exception {
        node.run(() -> {
            Pid a = idle();
            Pid b = idle();
            Proc.register("wallet", a);
            assertThatThrownBy(() -> Proc.register("wallet", b)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("the name 'wallet' is already taken by " + a);
            assertThatThrownBy(() -> Proc.register("purse", a)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(a + " is already registered as 'wallet'");
            Pid gone = Proc.spawn(() -> { });
            var watch = Proc.monitor(gone);
            Expect.down(watch, FOREVER, "a process that ends at once");
            assertThatThrownBy(() -> Proc.register("ghost", gone)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not running (noproc)");
            assertThat(Proc.whereis("ghost")).isEmpty();
            return null;
        });
    }

    @Test
    @DisplayName("an ended process registers nothing: registry calls go through the ended check")
    void anEndedProcessRegistersNothing() throws Exception {
        node.run(() -> {
            Pid doomed = Proc.spawn(() -> {
                Proc.receive(); // waits to be watched
                Proc.exit(Proc.self(), ExitReason.KILL);
                Proc.register("ghost", Proc.self());
            });
            var watch = Proc.monitor(doomed);
            Proc.send(doomed, "go");
            var down = Expect.down(watch, FOREVER, "a process that kills itself, then tries to register");
            assertThat(down.reason()).isEqualTo(ExitReason.KILLED);
            assertThat(Proc.whereis("ghost")).isEmpty();
            assertThat(node.trace().lines()).noneMatch(line -> line.startsWith("register ghost"));
            return null;
        });
    }

    @Test
    @DisplayName("the node frees names under stress: 2,000 processes each take, lose and retake one name")
    void namesUnderStress() throws Exception {
        node.run(() -> {
            for (int i = 0; i < 2_000; i++) {
                Pid p = idle();
                Proc.register("n", p);
                Proc.exit(p, ExitReason.KILL);
                var watch = Proc.monitor(p);
                Expect.down(watch, FOREVER, "the process registered as 'n', after a kill");
                assertThat(Proc.whereis("n")).isEmpty();
            }
            return null;
        });
    }
}
