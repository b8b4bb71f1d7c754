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
        // region kata 2.3: Self and other linked both ways, one link line in the trace however often they link; to an ended process, a trapping self gets {EXIT, other, noproc} (traced as a trapped signal), any other fails with noproc.
        // tag::link[]
        synchronized (node.lock) {
            var target = node.live(other);
            if (target == null) {
                if (!self.trapExits) {
                    throw new NoProcException(other);
                }
                node.trace().record(new Signalled(other, self.pid, ExitReason.NOPROC, SignalEffect.TRAPPED));
                self.mailbox.put(new Exit(other, ExitReason.NOPROC));
            } else if (self.links.add(other)) {
                target.links.add(self.pid);
                node.trace().record(new Linked(self.pid, other));
            }
        }
        // end::link[]
        // endregion
    }

    /** Removes the link between {@code self} and {@code other}, if there is one. */
    void unlink(ProcessEntry self, Pid other) {
        // region kata 2.3: No link left on either side (the other may have ended), and an unlink line in the trace only where there was a link.
        // tag::unlink[]
        synchronized (node.lock) {
            if (self.links.remove(other)) {
                var target = node.live(other);
                if (target != null) {
                    target.links.remove(self.pid);
                }
                node.trace().record(new Unlinked(self.pid, other));
            }
        }
        // end::unlink[]
        // endregion
    }
}
