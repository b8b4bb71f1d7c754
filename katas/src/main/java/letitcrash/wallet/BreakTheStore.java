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
    public static void aBadDepositDoesNotOutliveARestart(String name, ChildSpec wallet) throws Exception {
        // TODO(kata 9.4): Show that a store keeps a poison the wallet let in: a check that fails with AssertionError against the plain wallet on a store, and passes against the checked wallet on a store and against the plain wallet with no store.
        throw new letitcrash.KataNotDone("kata 9.4 is not done yet (book: chapter 9, Kata 9.4)");
    }
}
