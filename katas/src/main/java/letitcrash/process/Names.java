package letitcrash.process;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A node's registered names: Erlang's {@code register/2}, {@code whereis/1} and
 * {@code unregister/1}. A name points at one live process, and a process has at most one
 * name.
 *
 * <p>Concurrency. Every change happens under the node's lock, in the same step as the
 * node checks that the process is alive or records that it has ended: so a name never
 * points at a process that has ended, and a restarted process can take the name of the
 * one before it as soon as that one's end is decided. {@link #whereis} reads without the
 * lock from a concurrent map; it sees each change whole.
 */
final class Names {

    /** Written under the node's lock; read by anyone. */
    private final Map<String, Pid> byName = new ConcurrentHashMap<>();
    /** Guarded by the node's lock. */
    private final Map<Pid, String> byPid = new HashMap<>();

    /**
     * Gives {@code pid} the name {@code name}. The caller holds the node's lock and has
     * checked that {@code pid} is alive.
     *
     * @throws IllegalArgumentException if the name is taken, or the process has a name already
     */
    void register(String name, Pid pid) {
        var holder = byName.get(name);
        if (holder != null) {
            throw new IllegalArgumentException("the name '" + name + "' is already taken by " + holder);
        }
        var had = byPid.get(pid);
        if (had != null) {
            throw new IllegalArgumentException(pid + " is already registered as '" + had + "'");
        }
        byName.put(name, pid);
        byPid.put(pid, name);
    }

    Optional<Pid> whereis(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Frees {@code name}; returns whether it was taken. The caller holds the node's lock. */
    boolean unregister(String name) {
        var pid = byName.remove(name);
        return pid != null && byPid.remove(pid) != null;
    }

    /** Frees every name: the node is closing. The caller holds the node's lock. */
    void clear() {
        byName.clear();
        byPid.clear();
    }

    /** Frees the name of {@code pid}, which has ended. The caller holds the node's lock. */
    void release(Pid pid) {
        var name = byPid.remove(pid);
        if (name != null) {
            byName.remove(name);
        }
    }
}
