package letitcrash.supervisor;

import java.util.List;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.testing.Approved;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The book's picture of a supervision tree before and after the wallet crashes: drawn from
 * {@link Supervisor#whichChildren}, walked down every child supervisor, as PlantUML work
 * breakdown structures (which need no Graphviz). Pids change; ids and names stay.
 */
@Tag("ch04")
@DisplayName("The supervision tree, drawn before and after a restart")
class TreePictureTest {

    @AutoClose
    private final Node node = Node.start(new ManualClock());

    private String drawn(boolean crashTheWallet) throws Exception {
        return node.run(() -> {
            var audit = ChildSpec.supervisor("audit_sup", () -> Supervisor.startLink(Flags.of(Strategy.ONE_FOR_ONE),
                    List.of(Worker.of("audit_log").spec())));
            Pid top = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(Worker.of("wallet").spec(), audit));
            if (!crashTheWallet) {
                return draw(top, "before the crash");
            }
            Tree.end(top, "wallet", Worker.CRASH);
            return draw(top, "after the wallet crashed");
        });
    }

    @Test
    @DisplayName("the tree before the wallet crashes")
    void before() throws Exception {
        Approved.verify(drawn(false));
    }

    @Test
    @DisplayName("the tree after: the wallet's pid changed, its id and name stayed, nothing else moved")
    void after() throws Exception {
        Approved.verify(drawn(true));
    }

    /** One tree, as a PlantUML work breakdown structure. */
    static String draw(Pid top, String title) throws InterruptedException {
        var text = new StringBuilder("@startwbs\ntitle " + title + "\n* supervisor\\n" + top + "\n");
        walk(top, 2, text);
        return text.append("@endwbs\n").toString();
    }

    private static void walk(Pid supervisor, int depth, StringBuilder text) throws InterruptedException {
        for (var child : Supervisor.whichChildren(supervisor).reversed()) { // drawn in start order; OTP answers newest first
            String pid = child.pid().map(Pid::toString).orElse("undefined");
            text.append("*".repeat(depth)).append(' ').append(child.id()).append("\\n").append(pid).append('\n');
            if (child.type() == ChildSpec.Type.SUPERVISOR && child.pid().isPresent()) {
                walk(child.pid().get(), depth + 1, text);
            }
        }
    }
}
