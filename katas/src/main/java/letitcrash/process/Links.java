package letitcrash.process;

import letitcrash.process.ProcessEvent.Linked;
import letitcrash.process.ProcessEvent.Signalled;
import letitcrash.process.ProcessEvent.Unlinked;

/**
 * Links (kata 2.3): a link lives on both sides, in each process's {@code links}. Both
 * methods work under the node's lock, which guards every {@code links} and the table of
 * live processes, so "is the other alive?" and "link to it" are one step: the other cannot
 * end in between.
 */
final class Links {

    private final Node node;

    Links(Node node) {
        this.node = node;
    }

    /**
     * Links {@code self} and {@code other}. If {@code other} has ended, a trapping
     * {@code self} gets {@code {EXIT, other, noproc}}; one that does not trap exits gets a
     * {@link NoProcException}, as Erlang's {@code link/1} raises {@code noproc}.
     */
    void link(ProcessEntry self, Pid other) {
        // TODO(kata 2.3): Under the lock, link both ways if other is alive; if it has ended, give self {EXIT, other, noproc} when it traps exits, else throw NoProcException.
        throw new letitcrash.KataNotDone("kata 2.3 is not done yet (book: chapter 2, Kata 2.3)");
    }

    /** Removes the link between {@code self} and {@code other}, if there is one. */
    void unlink(ProcessEntry self, Pid other) {
        // TODO(kata 2.3): Under the lock, remove the link from both sides (the other may have ended), and record it.
        throw new letitcrash.KataNotDone("kata 2.3 is not done yet (book: chapter 2, Kata 2.3)");
    }
}
