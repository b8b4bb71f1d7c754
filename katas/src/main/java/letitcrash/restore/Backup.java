package letitcrash.restore;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import letitcrash.process.Proc;
import letitcrash.server.From;
import letitcrash.server.GenServer;
import letitcrash.server.Server;
import letitcrash.supervisor.ChildSpec;

/**
 * The essay's {@code MyApp.Backup}: a server registered as {@value #NAME} that keeps, for
 * each key, the last state stored under it, in its own memory. Servers find it by name, store
 * their state on the way out and fetch it on the way in.
 *
 * <p>{@link #store} and {@link #fetch} are calls: they return once the backup has the state,
 * or has answered, and fail with {@code noproc} when no backup runs. Each records a
 * {@link BackupEvent} in the node's trace. The backup itself keeps nothing when it ends.
 */
public final class Backup implements Server<Map<String, Object>> {

    /** The name every server finds the backup by. */
    public static final String NAME = "backup";

    record Store(String key, Object state) {}

    record Fetch(String key) {}

    /** A permanent worker that starts the backup under its name. */
    public static ChildSpec spec() {
        return ChildSpec.worker(NAME, () -> GenServer.startLink(new Backup(), null, NAME));
    }

    /** Keeps {@code state} under {@code key}, replacing what was there. Call from a process. */
    public static void store(String key, Object state) throws InterruptedException {
        GenServer.call(NAME, new Store(key, state));
    }

    /** The state last stored under {@code key}, if any. Call from a process. */
    public static Optional<Object> fetch(String key) throws InterruptedException {
        return Optional.ofNullable(GenServer.call(NAME, new Fetch(key)));
    }

    @Override
    public Map<String, Object> init(Object arg) {
        return new HashMap<>();
    }

    @Override
    public CallResult<Map<String, Object>> handleCall(Object request, From from, Map<String, Object> saved) {
        // TODO(kata 6.1): Keep the last state stored under each key and answer a fetch with it, or with nothing when none was stored, recording each store and each fetch in the trace.
        throw new letitcrash.KataNotDone("kata 6.1 is not done yet (book: chapter 6, Kata 6.1)");
    }
}
