package letitcrash.process;

import letitcrash.process.ProcessEvent.Signalled;

/**
 * Exit signals: Erlang's rules for what a signal does to its receiver (kata 2.2), and the
 * one step that delivers a signal.
 *
 * <p>Concurrency. {@link #deliver} runs under the node's lock, so that deciding what a
 * signal does and doing it (ending the receiver, or putting an {@link Exit} in its mailbox)
 * is one step against {@code unlink}, {@code trapExits} and the receiver's own end: once
 * {@code unlink} has returned, a signal still on its way along the old link finds no link
 * and is dropped. Delivering never runs a process's code and never sends further signals:
 * a receiver it ends is handed back to the node, which sends that process's signals in turn.
 */
final class Signals {

    private final Node node;

    Signals(Node node) {
        this.node = node;
    }

    /**
     * Erlang's exit-signal rules: {@code kill} sent directly with {@code exit/2} ends the
     * receiver as {@code killed}, trapping or not; a trapping receiver gets every other
     * signal as a message; a {@code normal} signal is ignored, unless a process sends it to
     * itself; any other signal ends the receiver.
     *
     * @param fromLink whether the signal comes from a linked process that ended (not from {@code exit/2})
     * @param toSelf whether a process sent it to itself
     */
    static SignalEffect effect(ExitReason reason, boolean fromLink, boolean trapping, boolean toSelf) {
        // TODO(kata 2.2): Decide what the signal does: KILLED, TRAPPED, IGNORED or FATAL, by the exit-signal table of chapter 2.
        throw new letitcrash.KataNotDone("kata 2.2 is not done yet (book: chapter 2, Kata 2.2)");
    }

    /** Sends {@code exit(to, reason)} from {@code from}; returns the process it ended, whose signals the caller must send. */
    ProcessEntry exit(Pid from, Pid to, ExitReason reason) {
        synchronized (node.lock) {
            var receiver = node.live(to);
            return receiver == null ? null : deliver(from, receiver, reason, false);
        }
    }

    /**
     * Delivers a signal from {@code from} to {@code to}, by {@link #effect}, under the node's
     * lock. A signal along a link that is gone (unlinked meanwhile) or to a process that
     * has ended is dropped.
     *
     * @return the receiver if the signal ended it, whose own signals the caller must send; else null
     */
    ProcessEntry deliver(Pid from, ProcessEntry to, ExitReason reason, boolean fromLink) {
        assert Thread.holdsLock(node.lock);
        if (fromLink && !to.links.remove(from) || to.exitReason != null) {
            return null;
        }
        var effect = effect(reason, fromLink, to.trapExits, !fromLink && from.equals(to.pid));
        node.trace().record(new Signalled(from, to.pid, reason, effect));
        return switch (effect) {
            case KILLED -> node.ending.decideEnd(to, ExitReason.KILLED);
            case TRAPPED -> {
                to.mailbox.put(new Exit(from, reason));
                yield null;
            }
            case IGNORED -> null;
            case FATAL -> node.ending.decideEnd(to, reason);
        };
    }
}
