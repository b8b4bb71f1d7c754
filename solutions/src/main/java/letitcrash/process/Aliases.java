package letitcrash.process;

import java.util.LinkedHashMap;
import java.util.Map;
import letitcrash.process.ProcessEvent.Aliased;
import letitcrash.process.ProcessEvent.DroppedAtAlias;
import letitcrash.process.ProcessEvent.Sent;
import letitcrash.process.ProcessEvent.Unaliased;

/**
 * A node's active aliases. An alias is a ref that delivers messages to the process that
 * made it, while it is active: OTP 24+ replies to calls through one, so that a reply that
 * arrives after the caller gave up is dropped instead of left in its mailbox.
 *
 * <p>Concurrency. The table's monitor makes "is the alias active? then put the message"
 * one step against {@link #remove}: once {@code remove} has returned, no message through
 * the alias can land. The table may still hold the aliases of a process that has ended but
 * whose thread has not yet unwound (they go when it has, {@link #removeAll}); a send checks
 * the owner's exit reason under the node's lock, which guards its setting, so a message
 * lands only before its owner's end is decided, and its {@code send} line comes before the
 * owner's {@code exit} line; after, it is dropped, and the trace says so. Trace lines are
 * written under the monitor too, before the message is put, so that the receiver's next
 * lines come after. Lock order: the node's lock, then this monitor.
 */
final class Aliases {

    private final Node node;
    private final Trace trace;
    /** Guarded by this: each active alias and the process it delivers to. */
    private final Map<Ref, ProcessEntry> owners = new LinkedHashMap<>();

    Aliases(Node node) {
        this.node = node;
        this.trace = node.trace();
    }

    /** Makes {@code alias} deliver to {@code owner}; returns it. */
    synchronized Ref add(Ref alias, ProcessEntry owner) {
        owners.put(alias, owner);
        trace.record(new Aliased(owner.pid, alias));
        return alias;
    }

    /** Deactivates {@code alias} if {@code owner} holds it; whether it was active. */
    synchronized boolean remove(ProcessEntry owner, Ref alias) {
        boolean was = owners.remove(alias, owner);
        if (was) {
            trace.record(new Unaliased(owner.pid, alias));
        }
        return was;
    }

    /** Delivers {@code message} to the owner of {@code alias} if it is active and running; drops it otherwise. */
    void send(Pid from, Ref alias, Object message) {
        synchronized (node.lock) {
            synchronized (this) {
                var owner = owners.get(alias);
                boolean active = owner != null && owner.exitReason == null;
                if (trace.recordsMessages()) {
                    trace.record(active
                            ? new Sent(from, owner.pid, String.valueOf(message))
                            : new DroppedAtAlias(from, alias, String.valueOf(message)));
                }
                if (active) {
                    owner.mailbox.put(message);
                }
            }
        }
    }

    /** Deactivates every alias of {@code ended}, whose code has stopped. */
    synchronized void removeAll(ProcessEntry ended) {
        owners.values().removeIf(owner -> owner == ended);
    }
}
