package letitcrash.process;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Function;
import letitcrash.mailbox.Mailbox;

/**
 * What a node keeps about one process: its row in the process table. {@link Proc} reaches
 * it through the current process; {@link Node}, {@link Links}, {@link Monitors},
 * {@link Signals} and {@link Aliases} through the table.
 *
 * <p>Who may touch what. The final fields never change. {@code links}, {@code watchers},
 * {@code watching} and the setting of {@code exitReason} are guarded by the node's lock.
 * {@code trapExits} is written only by the process itself. {@code exitReason} is volatile
 * so that the process's own thread sees its end without the node's lock.
 *
 * <p>What "ended" means. A process has ended once {@code exitReason} is set (once, under
 * the node's lock). From then on its code performs no runtime operation: every operation
 * runs through {@link #act}, which marks the process {@code acting}, applies the ended
 * check, does its work and clears the mark. Whoever ends a process waits for the mark to
 * clear ({@link #awaitIdle}) before it sends the process's exit signals and {@code Down}s
 * (see {@link Ending}), so an operation the process had begun before its end is over by
 * then, and none can begin after: nothing the process does can arrive after its
 * {@code Down}.
 */
final class ProcessEntry {

    final Node node;
    final Pid pid;
    /** Who spawned it: {@link Node#OUTSIDE} for a process started from outside any process. */
    final Pid parent;
    final Mailbox mailbox;
    final Thread thread;
    volatile boolean trapExits;
    /** Null while the process runs; why it ended afterwards. Set once, under the node's lock. */
    volatile ExitReason exitReason;
    /** The processes linked to this one. Guarded by the node's lock. */
    final Set<Pid> links = new LinkedHashSet<>();
    /** Monitors on this process: ref to the watching process. Guarded by the node's lock. */
    final Map<Ref, Pid> watchers = new LinkedHashMap<>();
    /** Monitors this process holds: ref to the watched process. Guarded by the node's lock. */
    final Map<Ref, Pid> watching = new LinkedHashMap<>();
    /**
     * True while the process is inside one of its operations ({@link #act}). Written only by
     * the process's thread, through {@link #ACTING}: set with a full fence, cleared with a
     * release store (see {@link #awaitIdle}).
     */
    @SuppressWarnings("unused") // read and written through ACTING
    private volatile boolean acting;
    /** How many operations of the process are under way, one inside another; the mark is cleared when the outermost ends. Touched only by the process's thread. */
    private int depth;
    private static final VarHandle ACTING;

    static {
        try {
            ACTING = MethodHandles.lookup().findVarHandle(ProcessEntry.class, "acting", boolean.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * What the process owns ({@link Proc#own}), in the order it took them. Added to only by
     * the process, inside one of its operations; closed once, by whoever ends it, after
     * {@link #awaitIdle} (which makes every add visible to it), or by the node's close after
     * the thread is joined.
     */
    private final List<AutoCloseable> owned = new ArrayList<>();

    /** Counted down once every exit signal and {@code Down} of its end is delivered ({@link Node#signalsSent}). */
    final CountDownLatch signalsSent = new CountDownLatch(1);

    /** Counted down when its thread is done: the process has ended and sent its signals. */
    final CountDownLatch stopped = new CountDownLatch(1);

    /** A process that will run {@code body} once its thread is started. */
    ProcessEntry(Node node, Pid pid, Pid parent, Mailbox mailbox, ProcessBody body) {
        this.node = node;
        this.pid = pid;
        this.parent = parent;
        this.mailbox = mailbox;
        this.thread = Thread.ofVirtual().name("process " + pid).unstarted(() -> node.ending.run(this, body));
    }

    /** Puts {@code message} from {@code from} in the mailbox, recorded if the trace records messages. */
    void deliver(Pid from, Object message) {
        if (node.trace().recordsMessages()) {
            node.trace().record(new ProcessEvent.Sent(from, pid, String.valueOf(message)));
        }
        mailbox.put(message);
    }

    /**
     * The ended check, which every runtime operation of a process goes through: throws the
     * process's end as a {@link ProcessEnded} if it has ended, so that its code stops.
     *
     * @throws IllegalStateException if called from a selective receive's filter, which may
     *     only look at the message it is given
     */
    void checkAlive() {
        if (mailbox.insideFilter()) {
            throw filterMisuse();
        }
        stopIfEnded();
    }

    /**
     * Refuses a node's operation (a {@code node.exit} or {@code node.send}, say) called from a
     * receive filter: the filter holds its mailbox's lock, and the operation would take the
     * node's lock or another mailbox's after it, the reverse of the node's lock order.
     *
     * @throws IllegalStateException if the calling thread is a process running a receive filter
     */
    static void refuseInsideFilter() {
        if (Proc.CURRENT.isBound() && Proc.CURRENT.get().mailbox.insideFilter()) {
            throw filterMisuse();
        }
    }

    private static IllegalStateException filterMisuse() {
        return new IllegalStateException("a receive filter may only look at the message it is given:"
                + " it must not send, receive or call any other runtime operation, of Proc or of the node");
    }

    /**
     * Runs {@code operation} as this process's own, if it has not ended: see the class
     * comment. If the process is ended while the operation runs (by a signal it caused, or
     * one that raced it), the operation completes and its end is thrown after it, so the
     * code that called it does not run on.
     */
    void act(Consumer<ProcessEntry> operation) {
        begin();
        try {
            operation.accept(this);
        } finally {
            end();
        }
        stopIfEnded();
    }

    /** {@link #act} for an operation with a result. */
    <T> T actAndGet(Function<ProcessEntry, T> operation) {
        T result;
        begin();
        try {
            result = operation.apply(this);
        } finally {
            end();
        }
        stopIfEnded();
        return result;
    }

    /**
     * {@link #act} for an operation that may end processes, this one included: it returns
     * the process it ended (or null), whose signals are then sent, with no lock held,
     * before this process's own end, if it came, is thrown.
     */
    void actAndPropagate(Function<ProcessEntry, ProcessEntry> operation) {
        ProcessEntry ended;
        begin();
        try {
            ended = operation.apply(this);
        } finally {
            end();
        }
        node.ending.propagate(ended);
        stopIfEnded();
    }

    /**
     * {@link #act} for an operation on the world outside the node, which may fail: an end
     * decided while it runs wins over its result or its failure, so the code that called it
     * stops either way.
     */
    <T> T actAndCall(Callable<T> operation) throws Exception {
        begin();
        try {
            return operation.call();
        } finally {
            end();
            stopIfEnded();
        }
    }

    /**
     * Takes {@code resource} as the process's own, as one of its operations. Refused before it
     * is taken (the process has ended): it is closed at once, since no one else will.
     */
    void own(AutoCloseable resource) throws Exception {
        try {
            begin();
        } catch (RuntimeException | Error refused) {
            try {
                resource.close();
            } catch (Exception alsoFailed) {
                refused.addSuppressed(alsoFailed); // the end stays what the process sees
            }
            throw refused;
        }
        try {
            owned.add(resource);
        } finally {
            end();
        }
        stopIfEnded();
    }

    /**
     * Closes what the process owns, the last taken first, and returns what failed to close.
     * Called once the process has ended and its last operation is over.
     */
    List<Exception> closeOwned() {
        var failed = new ArrayList<Exception>();
        for (var resource : owned.reversed()) {
            try {
                resource.close();
            } catch (Exception e) {
                failed.add(e);
            }
        }
        owned.clear();
        return failed;
    }

    /** Marks an operation begun, then applies the ended check (in this order: see {@link #awaitIdle}). */
    private void begin() {
        if (depth++ == 0) { // an operation inside another (a Proc.own inside a Proc.perform) keeps the outer mark
            ACTING.setVolatile(this, true);
        }
        try {
            checkAlive();
        } catch (RuntimeException | Error refused) {
            end();
            throw refused;
        }
    }

    /** Marks the operation over. A release store: whoever sees it cleared sees all the operation did. */
    private void end() {
        if (--depth == 0) {
            ACTING.setRelease(this, false);
        }
    }

    /**
     * Called by whoever ended this process, after {@code exitReason} is set: waits until an
     * operation the process had begun is over. Both sides write one volatile field and then
     * read the other's ({@code acting} then {@code exitReason} here; {@code exitReason} then
     * {@code acting} there), so either the operation sees the end and is refused, or this
     * sees the operation and waits for it: that needs a full fence on both sides, so the mark
     * is set with one. Clearing it needs none (a release store, about half the cost of a
     * send's fences): the volatile read here that sees it cleared also sees everything the
     * operation wrote.
     *
     * <p>Most operations are over in a moment (a mailbox put, the node's lock), so the wait
     * yields first. One run through {@link Proc#perform} may block, though (a disk's force, a
     * monitor in the JDK's channel code), and virtual threads that only yield can keep every
     * carrier from the threads they wait for: the scheduler runs a yielding thread again before
     * one that a monitor or a timer has just made runnable. So after {@link #YIELDS} yields the
     * wait parks, {@link #PAUSE_NANOS} at a time, and frees its carrier.
     */
    void awaitIdle() {
        for (int look = 0; (boolean) ACTING.getVolatile(this) && Thread.currentThread() != thread; look++) {
            if (look < YIELDS) {
                Thread.yield();
            } else {
                LockSupport.parkNanos(PAUSE_NANOS);
            }
        }
    }

    private static final int YIELDS = 64;
    private static final long PAUSE_NANOS = 50_000;

    private void stopIfEnded() {
        var ended = exitReason;
        if (ended != null) {
            throw new ProcessEnded(ended);
        }
    }
}
