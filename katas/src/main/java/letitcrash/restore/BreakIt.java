package letitcrash.restore;

import static letitcrash.process.ExitReason.KILL;

import java.math.BigDecimal;
import java.util.List;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.server.GenServer;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;
import letitcrash.supervisor.ChildSpec;
import letitcrash.wallet.Wallet;

/**
 * Kata 6.3, the learner's own test: a check that a wallet keeps every deposit it has
 * acknowledged, through whatever the check does to it. It is written against any wallet
 * started from a spec, so the same check can be run on the restore pattern, which it must
 * refute, and on a wallet that saves every change, which it must let pass.
 */
public final class BreakIt {

    private BreakIt() {}

    /**
     * Starts {@code wallet} under a supervisor of its own, makes it acknowledge a deposit,
     * does something to it, and throws {@link AssertionError} if the wallet it finds under
     * {@code name} afterwards no longer holds that deposit. Run from a process, with a
     * {@link Backup} running.
     *
     * @param wallet starts a wallet linked to the caller and registered as {@code name}
     */
    public static void anAcknowledgedDepositSurvives(String name, ChildSpec wallet) throws Exception {
        // TODO(kata 6.3): Show that the restore pattern can lose a deposit it acknowledged: a check that fails with AssertionError against the pattern and passes against a wallet that saves every change.
        throw new letitcrash.KataNotDone("kata 6.3 is not done yet (book: chapter 6, Kata 6.3)");
    }
}
