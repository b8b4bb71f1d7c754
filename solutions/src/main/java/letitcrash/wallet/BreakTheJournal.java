package letitcrash.wallet;

import letitcrash.process.Pid;
import letitcrash.server.CallExit;
import letitcrash.server.GenServer;
import letitcrash.server.Server;
import letitcrash.server.StartFailed;
import letitcrash.store.EventJournal;

/**
 * Kata 10.4, the learner's own test: a check that an old event, stored by a version that
 * had no edge, can never put a wallet to work on a poisoned state. The check must fail
 * against a replay that trusts every stored event, and pass against chapter 10's wallet,
 * which refuses to start and names the event, and against the same wallet with an upcaster
 * that repairs the event.
 */
public final class BreakTheJournal {

    private BreakTheJournal() {}

    /**
     * Appends {@code Deposited 10.00} and then {@code Deposited 0.001} to {@code stream} in the
     * journal registered as {@code journal}, as a version before chapter 8's edge would have,
     * starts {@code wallet} (whose stream that is) unlinked, and throws {@link AssertionError}
     * if it starts on the poison: if it starts and cannot answer its balance, or refuses to
     * start without naming the event. Run from a process, with the journal running.
     */
    // tag::break-the-journal[]
    public static void anOldPoisonIsNeverReplayed(String journal, String stream, Server<?> wallet) throws Exception {
        // region kata 10.4: Show that a replay must not trust what it reads: a check that fails with AssertionError against a wallet that replays an old poison as it finds it, and passes against one that refuses to start naming the event, and against one that repairs it.
        EventJournal.append(journal, stream, "Deposited 10.00");
        EventJournal.append(journal, stream, "Deposited 0.001"); // as a version before the edge stored it
        Pid started;
        try {
            started = GenServer.start(wallet, null);
        } catch (StartFailed refused) {
            if (!String.valueOf(refused.getMessage()).contains("0.001")) {
                throw new AssertionError("the wallet did not start, and did not say which event stopped it: " + refused.getMessage());
            }
            return;
        }
        try {
            Wallet.balance(started);
        } catch (CallExit crashed) {
            throw new AssertionError("the wallet started on the old poison and crashes when asked its balance", crashed);
        }
        // endregion
    }
    // end::break-the-journal[]
}
