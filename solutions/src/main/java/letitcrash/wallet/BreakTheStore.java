package letitcrash.wallet;

import java.util.List;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.server.CallExit;
import letitcrash.server.GenServer;
import letitcrash.supervisor.ChildSpec;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;

/**
 * Kata 9.4, the learner's own test: a check that a bad deposit does not outlive a restart.
 * A wallet stored after every change keeps whatever it let in, the poison too, so the check
 * must fail against the book's plain wallet on a store, and pass against chapter 8's checked
 * wallet on a store, and against the plain wallet with no store at all (a restart empties it:
 * good state lost, but no bad state kept).
 */
public final class BreakTheStore {

    private BreakTheStore() {}

    /**
     * Starts {@code wallet} under a supervisor of its own, deposits 10.00 and then 0.001 (a
     * fraction of a cent, chapter 3's poison), restarts the wallet, and throws
     * {@link AssertionError} if the restarted wallet cannot answer its balance. Run from a process.
     *
     * @param wallet starts a wallet linked to the caller and registered as {@code name}
     */
    // tag::break-the-store[]
    public static void aBadDepositDoesNotOutliveARestart(String name, ChildSpec wallet) throws Exception {
        // region kata 9.4: Show that a store keeps a poison the wallet let in: a check that fails with AssertionError against the plain wallet on a store, and passes against the checked wallet on a store and against the plain wallet with no store.
        Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(wallet));
        Wallet.deposit(Proc.whereis(name).orElseThrow(), "10.00");
        Wallet.deposit(Proc.whereis(name).orElseThrow(), "0.001");
        GenServer.stop(Proc.whereis(name).orElseThrow()); // a message: the deposits before it are taken first
        Supervisor.countChildren(supervisor); // answered once the restart is done
        try {
            Wallet.balance(Proc.whereis(name).orElseThrow());
        } catch (CallExit crashed) {
            throw new AssertionError("after 0.001 was deposited and the wallet restarted, it crashes when asked its balance: "
                    + crashed.getMessage(), crashed);
        }
        // endregion
    }
    // end::break-the-store[]
}
