package letitcrash.wallet;

import java.math.BigDecimal;
import java.util.List;
import letitcrash.process.Proc;
import letitcrash.server.CallExit;
import letitcrash.supervisor.ChildSpec;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;

/**
 * Kata 7.4's check: does a wallet keep a bad value out of its state? Tasks keep a crash
 * or a hang of the risky work away from the wallet, but a bad value that the work computes
 * without crashing goes in all the same: chapter 3's {@code 0.001}, paid in the wallet's
 * own currency, converts without complaint.
 */
public final class PoisonCheck {

    private PoisonCheck() {}

    /**
     * Starts {@code tree} under a rest-for-one supervisor of its own, pays 10.00 into the
     * wallet registered as {@code name}, then 0.001, and throws {@link AssertionError}
     * unless the wallet still answers and still holds 10.00. Call from a process.
     */
    public static void aPoisonStaysOut(String name, List<ChildSpec> tree) throws InterruptedException {
        // TODO(kata 7.4): Throw an AssertionError when a payment of 0.001, after one of 10.00, leaves the wallet crashed or holding anything but 10.00 once its supervisor has dealt with it.
        throw new letitcrash.KataNotDone("kata 7.4 is not done yet (book: chapter 7, Kata 7.4)");
    }
}
