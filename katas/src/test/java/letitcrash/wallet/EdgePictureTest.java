package letitcrash.wallet;

import java.util.List;
import letitcrash.process.Node;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;
import letitcrash.task.TaskSupervisor;
import letitcrash.testing.Approved;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Chapter 8's picture, drawn from a run: the checked wallet's two doors, the amount and the rate. */
@Tag("ch08")
@DisplayName("Chapter 8's picture, drawn from a run")
class EdgePictureTest {

    @AutoClose
    private final Node node = Node.start(new ManualClock()); // neither payment hangs

    @Test
    @DisplayName("0.001 is refused before any task starts; a rate of 40 decimals is refused when the task brings it back")
    void twoDoors() throws Exception {
        Approved.verify(TaskPictureTest.drawn(node,
                () -> Supervisor.start(Flags.of(Strategy.REST_FOR_ONE), List.of(TaskSupervisor.spec("tasks"), CheckedWalletTest.wallet().spec())),
                "tasks", wallet -> {
                    ExchangeWallet.pay(wallet, "0.001", ExchangeWallet.HOME);
                    ExchangeWallet.pay(wallet, "10.00", "PLN");
                }, EdgePictureTest::racesTheAnswer));
    }

    /**
     * The task's end once it has replied, which races with the wallet's answer: its exit, the
     * exit signal to its supervisor, and the DOWN the wallet may or may not be sent before it
     * lets go of its monitor.
     */
    private static boolean racesTheAnswer(String line) {
        return line.endsWith(" normal") || line.contains(" normal: ") || line.contains("{DOWN,");
    }
}
