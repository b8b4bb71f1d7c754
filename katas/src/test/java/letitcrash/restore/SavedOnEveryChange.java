package letitcrash.restore;

import java.util.Map;
import letitcrash.server.From;
import letitcrash.server.GenServer;
import letitcrash.server.Server;
import letitcrash.supervisor.ChildSpec;
import letitcrash.wallet.Wallet;

/**
 * The essay's alternative in miniature (chapter 9 builds it for real): a wallet that saves
 * its state after every change, before it answers, to a store that outlives its process (here
 * a map held by the test). It does not trap exits and has no terminate: it needs neither.
 */
record SavedOnEveryChange(String name, Map<String, Wallet.State> disk) implements Server<Wallet.State> {

    private static final Wallet WALLET = new Wallet();

    ChildSpec spec() {
        return ChildSpec.worker(name, () -> GenServer.startLink(this, null, name));
    }

    @Override
    public Wallet.State init(Object arg) {
        return disk.computeIfAbsent(name, key -> WALLET.init(arg));
    }

    @Override
    public CallResult<Wallet.State> handleCall(Object request, From from, Wallet.State state) {
        var result = WALLET.handleCall(request, from, state);
        if (result instanceof Reply<Wallet.State>(var value, var next)) {
            disk.put(name, next);
        }
        return result;
    }

    @Override
    public CastResult<Wallet.State> handleCast(Object request, Wallet.State state) {
        var result = WALLET.handleCast(request, state);
        if (result instanceof NoReply<Wallet.State>(var next)) {
            disk.put(name, next);
        }
        return result;
    }
}
