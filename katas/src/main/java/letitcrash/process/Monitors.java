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
        // TODO(kata 2.1): A new ref, whose Down self gets when the target ends; a target that has already ended gives a noproc Down at once, and none can end in between.
        throw new letitcrash.KataNotDone("kata 2.1 is not done yet (book: chapter 2, Kata 2.1)");
    }

    /** Removes the monitor {@code ref} of {@code self} from both sides. */
    void demonitor(ProcessEntry self, Ref ref) {
        // TODO(kata 2.1): After this, the target's end brings no Down for the ref, on either side (the target may have ended already).
        throw new letitcrash.KataNotDone("kata 2.1 is not done yet (book: chapter 2, Kata 2.1)");
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
