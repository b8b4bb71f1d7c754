package letitcrash.wallet;

import letitcrash.server.From;
import letitcrash.server.GenServer;
import letitcrash.server.Server;
import letitcrash.supervisor.ChildSpec;

/**
 * A server built around the book's {@link Wallet}: it starts as the wallet does, registered
 * under its {@link #name()}, and passes on to the wallet every request it does not take
 * itself. Chapters 7 and 8's wallets are such servers; each adds a request of its own.
 */
public interface WalletServer extends Server<Wallet.State> {

    /** The wallet the requests are passed on to. */
    Wallet WALLET = new Wallet();

    /** The name the wallet is registered as. */
    String name();

    /** A permanent worker that starts this wallet, linked and registered under its name. */
    default ChildSpec spec() {
        return ChildSpec.worker(name(), () -> GenServer.startLink(this, null, name()));
    }

    @Override
    default Wallet.State init(Object arg) {
        return WALLET.init(arg);
    }

    @Override
    default CallResult<Wallet.State> handleCall(Object request, From from, Wallet.State state) throws Exception {
        return WALLET.handleCall(request, from, state);
    }

    @Override
    default CastResult<Wallet.State> handleCast(Object request, Wallet.State state) {
        return WALLET.handleCast(request, state);
    }
}
