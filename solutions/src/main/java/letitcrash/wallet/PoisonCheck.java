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
    // tag::poison-check[]
    public static void aPoisonStaysOut(String name, List<ChildSpec> tree) throws InterruptedException {
        // region kata 7.4: Throw an AssertionError when a payment of 0.001, after one of 10.00, leaves the wallet crashed or holding anything but 10.00 once its supervisor has dealt with it.
        var supervisor = Supervisor.start(Flags.of(Strategy.REST_FOR_ONE), tree);
        ExchangeWallet.pay(Proc.whereis(name).orElseThrow(), "10.00", ExchangeWallet.HOME);
        try {
            ExchangeWallet.pay(Proc.whereis(name).orElseThrow(), "0.001", ExchangeWallet.HOME);
        } catch (CallExit crashed) {
            Supervisor.countChildren(supervisor); // answered once the restart is done
        }
        BigDecimal after;
        try {
            after = Wallet.balance(Proc.whereis(name).orElseThrow());
        } catch (CallExit crashed) {
            throw new AssertionError("after a payment of 0.001 the wallet crashes on every call: " + crashed.why());
        }
        if (after.compareTo(new BigDecimal("10.00")) != 0) {
            throw new AssertionError("paid 10.00, then 0.001, which should have been kept out, but the wallet holds " + after);
        }
        // endregion
    }
    // end::poison-check[]
}
