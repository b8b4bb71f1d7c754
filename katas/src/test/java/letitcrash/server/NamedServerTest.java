package letitcrash.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ch04")
@DisplayName("Servers under a name")
class NamedServerTest {

    @AutoClose
    private final Node node = Node.start(new ManualClock());

    @Test
    @DisplayName("a server started under a name is called and cast by that name")
    void callAndCastByName() throws Exception {
        node.run(() -> {
            Pid counter = GenServer.startLink(new Counter(), Proc.self(), "counter");
            assertThat(Proc.whereis("counter")).contains(counter);
            GenServer.cast("counter", Counter.Op.INC);
            assertThat(GenServer.call("counter", Counter.Op.GET)).isEqualTo(1);
            return null;
        });
    }

    @Test
    @DisplayName("a call to a name with no process fails with noproc, as OTP: {noproc, {GenServer, call, [name, request, 5000]}}")
    void callToAnUnknownName() throws Exception {
        node.run(() -> {
            assertThatThrownBy(() -> GenServer.call("nobody", Counter.Op.GET))
                    .isInstanceOfSatisfying(CallExit.class, exit -> {
                        assertThat(exit.why()).isEqualTo(ExitReason.NOPROC);
                        assertThat(exit.reason()).hasToString("{noproc, {GenServer, call, [nobody, get, 5000]}}");
                    });
            GenServer.cast("nobody", Counter.Op.INC); // dropped without error, as OTP's cast
            return null;
        });
    }

    @Test
    @DisplayName("a second server under a taken name does not start, and says who has it")
    void aTakenName() throws Exception {
        node.run(() -> {
            Pid first = GenServer.startLink(new Counter(), Proc.self(), "counter");
            Proc.trapExits(true); // the failed start's link signal must not end this test's process
            assertThatThrownBy(() -> GenServer.startLink(new Counter(), Proc.self(), "counter"))
                    .isInstanceOf(StartFailed.class)
                    .hasMessageContaining("{already_started, " + first + "}");
            assertThat(Proc.whereis("counter")).contains(first);
            return null;
        });
    }

    @Test
    @DisplayName("init answering ignore ends the server normal without terminate, and start throws StartIgnored")
    void initIgnore() throws Exception {
        node.run(() -> {
            assertThatThrownBy(() -> GenServer.start(new Server<Object>() {
                @Override
                public Object init(Object arg) {
                    throw Server.ignore();
                }
            }, null)).isInstanceOf(StartIgnored.class);
            assertThat(node.trace().lines()).anyMatch(line -> line.matches("exit <0\\.\\d+\\.0> normal"));
            return null;
        });
    }
}
