package letitcrash.wallet;

import java.math.BigDecimal;
import letitcrash.process.ExitReason;
import letitcrash.server.From;
import letitcrash.server.GenServer;
import letitcrash.server.Server;
import letitcrash.store.Slot;
import letitcrash.store.Store;
import letitcrash.store.StoreFailed;
import letitcrash.supervisor.ChildSpec;

/**
 * Chapter 9's wallet: any wallet server, its state stored after every change, before the
 * change is answered. It opens the wallet's slot in {@code store} in {@code init} and starts
 * from what the slot holds (or as the wallet starts, when it holds nothing); then each
 * request goes to {@code wallet}, and a new state is written to the slot before the reply
 * goes out. A caller who hears back has its change on the disk; a crash, a kill or the
 * JVM's end loses only changes nobody heard back about.
 *
 * <p>It keeps whatever the wallet lets in: a poison that {@code wallet} accepts is stored
 * as faithfully as a good state, and now outlives even a new JVM. Put chapter 8's edge in
 * front ({@link CheckedWallet}), not behind.
 *
 * <p>The slot belongs to the wallet's process: the runtime closes it when the process ends,
 * and the next incarnation's open fences it, so no late write can land after a restart.
 *
 * @param wallet the wallet whose requests are answered, and whose name is the slot's key
 * @param store where the state is kept
 */
public record StoredWallet(WalletServer wallet, Store store) implements Server<StoredWallet.Held> {

    /** The wallet's state and the slot it is stored in. */
    public record Held(Slot slot, Wallet.State state) {}

    /** The name the wallet is registered as, and its key in the store. */
    public String name() {
        return wallet.name();
    }

    /** A permanent worker that starts this wallet, linked and registered under its name. */
    public ChildSpec spec() {
        return ChildSpec.worker(name(), () -> GenServer.startLink(this, null, name()));
    }

    @Override
    public Held init(Object arg) throws Exception {
        // TODO(kata 9.3): Open this wallet's slot and start from the state it holds, or, when it holds none, as the wallet itself starts.
        throw new letitcrash.KataNotDone("kata 9.3 is not done yet (book: chapter 9, Kata 9.3)");
    }

    @Override
    public CallResult<Held> handleCall(Object request, From from, Held held) throws Exception {
        // TODO(kata 9.3): Answer as the wallet answers, but only once its new state is stored: a caller who hears back must never lose what it heard.
        throw new letitcrash.KataNotDone("kata 9.3 is not done yet (book: chapter 9, Kata 9.3)");
    }

    @Override
    public CastResult<Held> handleCast(Object request, Held held) throws Exception {
        // TODO(kata 9.3): Let the wallet take the cast, and store the state it leaves before taking the next message.
        throw new letitcrash.KataNotDone("kata 9.3 is not done yet (book: chapter 9, Kata 9.3)");
    }

    /** {@code next}, written to the slot first if it is not the state held. */
    private static Held stored(Held held, Wallet.State next) throws Exception {
        if (!next.equals(held.state())) {
            held.slot().write(next.balance().toPlainString());
        }
        return new Held(held.slot(), next);
    }

    /** The state that {@code text}, read from {@code slot}, stands for. */
    private static Wallet.State decode(Slot slot, String text) {
        try {
            return new Wallet.State(new BigDecimal(text));
        } catch (NumberFormatException e) {
            throw new StoreFailed("the store holds \"" + text + "\" for the wallet " + slot.key() + ", which is not a balance");
        }
    }
}
