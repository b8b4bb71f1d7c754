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
    // tag::break-it[]
    public static void anAcknowledgedDepositSurvives(String name, ChildSpec wallet) throws Exception {
        // region kata 6.3: Show that the restore pattern can lose a deposit it acknowledged: a check that fails with AssertionError against the pattern and passes against a wallet that saves every change.
        Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(wallet));
        Wallet.deposit(Proc.whereis(name).orElseThrow(), "10.00");
        BigDecimal acknowledged = Wallet.balance(Proc.whereis(name).orElseThrow());
        Pid first = Proc.whereis(name).orElseThrow();
        var watch = Proc.monitor(first);
        Proc.exit(first, KILL);
        Proc.awaitDown(watch, GenServer.INFINITY);
        Supervisor.countChildren(supervisor); // answered only once the restart is done
        BigDecimal after = Wallet.balance(Proc.whereis(name).orElseThrow());
        if (after.compareTo(acknowledged) != 0) {
            throw new AssertionError("acknowledged " + acknowledged + ", but after a kill the wallet holds " + after);
        }
        // endregion
    }
    // end::break-it[]
}
