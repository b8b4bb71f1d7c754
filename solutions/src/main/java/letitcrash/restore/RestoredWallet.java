package letitcrash.restore;

import letitcrash.process.ExitReason;
import letitcrash.process.Proc;
import letitcrash.server.From;
import letitcrash.server.GenServer;
import letitcrash.server.Server;
import letitcrash.supervisor.ChildSpec;
import letitcrash.wallet.Wallet;

/**
 * The restore pattern, as the essay writes it, around the book's {@link Wallet}: the server
 * traps exits, stores its state in the {@link Backup} in {@code terminate}, and fetches it
 * back in {@code init}. Everything else is the wallet's.
 *
 * <p>What it keeps is whatever {@code terminate} stored last, which is exactly the weakness
 * chapter 6 takes apart: a poisoned state is stored as faithfully as a good one, and a state
 * is stored only when terminate runs to its end.
 *
 * @param name the name the wallet is registered as, and its key in the backup
 */
public record RestoredWallet(String name) implements Server<Wallet.State> {

    private static final Wallet WALLET = new Wallet();

    /** A permanent worker that starts this wallet, linked and registered under its name. */
    public ChildSpec spec() {
        return ChildSpec.worker(name, () -> GenServer.startLink(this, null, name));
    }

    // tag::restore-init[]
    @Override
    public Wallet.State init(Object arg) throws Exception {
        // region kata 6.2: Start from the state the backup keeps under this wallet's name, or from a fresh wallet's state when it keeps none, and make sure a shutdown from the supervisor lets terminate run.
        Proc.trapExits(true);
        return Backup.fetch(name).map(Wallet.State.class::cast).orElseGet(() -> WALLET.init(arg));
        // endregion
    }
    // end::restore-init[]

    // tag::restore-terminate[]
    @Override
    public void terminate(ExitReason reason, Wallet.State state) throws Exception {
        // region kata 6.2: Leave this wallet's state with the backup, where its next start will look.
        Backup.store(name, state);
        // endregion
    }
    // end::restore-terminate[]

    @Override
    public CallResult<Wallet.State> handleCall(Object request, From from, Wallet.State state) {
        return WALLET.handleCall(request, from, state);
    }

    @Override
    public CastResult<Wallet.State> handleCast(Object request, Wallet.State state) {
        return WALLET.handleCast(request, state);
    }
}
