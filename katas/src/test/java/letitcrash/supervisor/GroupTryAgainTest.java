package letitcrash.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.server.GenServer;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A start that fails inside a group restart, where the child that cannot start is not the
 * one that crashed: one_for_all, a and db, a crashes, and db's start fails once. OTP tries
 * db again (run on OTP 25: a is started again with it, then db comes up). Tagged 5.3: the
 * try-again is kata 5.3's code, so kata 4.2's tests, which run before it is done, can make
 * no start fail inside a restart; this is the test that catches a kata 4.2 that leaves such
 * a child down.
 */
@Tag("ch05")
@Tag("kata-5.3")
@DisplayName("5.3 A child that cannot start inside a group restart is tried again")
class GroupTryAgainTest {

    private static final String SECTION = "(book: chapter 5, Kata 5.3; the group restart is chapter 4's Kata 4.2)";

    @AutoClose
    private final Node node = Node.start(new ManualClock());

    @Test
    @DisplayName("5.3 one_for_all: a crashes, db's start fails, and db is tried again (with a), not left down")
    void theChildThatCouldNotStartIsTriedAgain() throws Exception {
        var starts = new AtomicInteger();
        var db = ChildSpec.worker("db", () -> {
            if (starts.incrementAndGet() == 2) { // the restart's start of db
                throw Proc.exit(ExitReason.of("econnrefused"));
            }
            return GenServer.startLink(Worker.of("db"), null, "db");
        });
        var lines = node.run(() -> {
            Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ALL), List.of(Worker.of("a").spec(), db));
            Tree.end(supervisor, "a", Worker.CRASH);
            Tree.settle(supervisor); // the try was sent before this call, so it is handled by now
            return Tree.eventsAfter(node, "supervisor saw a exit crash(IllegalStateException: boom)");
        });
        assertThat(lines)
                .as("after a's crash: db, which could not start, is tried again, and one_for_all takes a down and up with it"
                        + " once more; a try for a, which runs again, would leave db down for good " + SECTION)
                .containsExactly("supervisor restarts a", "supervisor stopped db: shutdown", "supervisor started a",
                        "supervisor could not start db: econnrefused", "supervisor restarts db", "supervisor stopped a: shutdown",
                        "supervisor started a", "supervisor started db");
        assertThat(starts).as("db's first start, the failed one, and the try " + SECTION).hasValue(3);
    }
}
