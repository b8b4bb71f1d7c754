package letitcrash.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A failed call exits the caller with a {@link CallExit}, an exception it may catch, as Erlang's {@code catch} of a call's exit (ADR 0011). */
@Tag("ch03")
@Tag("kata-3.2")
@DisplayName("3.2 a failed call is an exception the caller may catch")
class CaughtCallExitTest {

    @AutoClose
    private final Node node = Node.start();

    @Test
    @DisplayName("3.2 a call to an ended process is a CallExit, caught by a catch (Exception e), with nothing left in the mailbox")
    void aFailedCallIsCaught() throws Exception {
        var caught = node.run(() -> {
            Pid gone = Proc.spawn(() -> {});
            Expect.down(Proc.monitor(gone), Threads.HANG_GUARD, "the short process");
            String call;
            try {
                GenServer.call(gone, "hello");
                call = "answered";
            } catch (Exception e) { // CallExit: Erlang's catch of a call's exit
                call = "caught " + e.getClass().getSimpleName();
            }
            return List.of(call, Proc.messages());
        });

        assertThat(caught).as("book: chapter 3, Kata 3.2").containsExactly("caught CallExit", List.of());
    }
}
