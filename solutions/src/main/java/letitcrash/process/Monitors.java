package letitcrash.process;

import letitcrash.process.ProcessEvent.Monitored;

/**
 * Monitors (kata 2.1): one way, kept on both sides, the watched process's
 * {@code watchers} and the watcher's {@code watching}, both keyed by the monitor's ref.
 * Every method works under the node's lock, which guards them and the table of live
 * processes.
 *
 * <p>A {@code Down} is put in the watcher's mailbox under that lock too, and only while the
 * watcher still holds the monitor ({@link #down}): so once {@code demonitor} has returned,
 * no {@code Down} for its ref can still arrive.
 */
final class Monitors {

    private final Node node;

    Monitors(Node node) {
        this.node = node;
    }

    /** Monitors {@code target} for {@code self}; a dead target gives an immediate {@code noproc} {@link Down}. */
    Ref monitor(ProcessEntry self, Pid target) {
        // region kata 2.1: A new ref, whose Down self gets when the target ends; a target that has already ended gives a noproc Down at once, and none can end in between.
        // tag::monitor[]
        var ref = node.makeRef();
        synchronized (node.lock) {
            node.trace().record(new Monitored(self.pid, target, ref));
            var watched = node.live(target);
            if (watched == null) {
                self.mailbox.put(new Down(ref, target, ExitReason.NOPROC));
            } else {
                watched.watchers.put(ref, self.pid);
                self.watching.put(ref, target);
            }
        }
        return ref;
        // end::monitor[]
        // endregion
    }

    /** Removes the monitor {@code ref} of {@code self} from both sides. */
    void demonitor(ProcessEntry self, Ref ref) {
        // region kata 2.1: After this, the target's end brings no Down for the ref, on either side (the target may have ended already).
        // tag::demonitor[]
        synchronized (node.lock) {
            var target = self.watching.remove(ref);
            var watched = target == null ? null : node.live(target);
            if (watched != null) {
                watched.watchers.remove(ref);
            }
        }
        // end::demonitor[]
        // endregion
    }

    /** Delivers the {@code Down} of {@code ref}, if its watcher still runs and still holds the monitor. */
    void down(Pid ended, Ref ref, Pid watcher, ExitReason reason) {
        assert Thread.holdsLock(node.lock);
        var to = node.live(watcher);
        if (to != null && to.watching.remove(ref) != null) {
            to.deliver(ended, new Down(ref, ended, reason));
        }
    }
}
