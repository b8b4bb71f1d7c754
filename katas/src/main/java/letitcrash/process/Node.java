package letitcrash.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import letitcrash.mailbox.Mailbox;
import letitcrash.time.Clock;

/**
 * One instance of the runtime: it owns its processes, their mailboxes, the links and
 * monitors between them, its clock and its trace. Closing a node ends every process it
 * started and waits for them, so nothing outlives a test or a script.
 *
 * <p>Signals. When a process ends, the node sends an exit signal to each linked process
 * and a {@link Down} message to each monitor, and the rules of Erlang decide what a
 * signal does to its receiver (see {@link #signal}): a trapping process gets an
 * {@link Exit} message, a {@code normal} signal from a link is ignored, {@code kill} sent
 * with {@code exit/2} cannot be trapped, anything else ends the receiver with the same
 * reason. A process ends at the moment the node decides it has ended; its thread is then
 * interrupted so that its code stops too.
 *
 * <p>Concurrency. {@code lock} guards every process's links, monitors and exit reason, and
 * the table of live processes changes only under it, so "is it alive?" and "link to it"
 * are one atomic step, and {@code spawnLink} links before the child runs. Signals and
 * {@code Down} messages are delivered after the lock is released; a signal that ends its
 * receiver starts that receiver's own signals in turn.
 */
public final class Node implements AutoCloseable {

    /** A live process and its bookkeeping. Fields other than the final ones are guarded by the node's lock. */
    static final class Process {
        final Node node;
        final Pid pid;
        /** Who spawned it: {@link #OUTSIDE} for a process started from outside any process. */
        final Pid parent;
        final Mailbox mailbox;
        Thread thread;
        volatile boolean trapExits;
        /** Null while the process runs; why it ended afterwards. */
        volatile ExitReason exitReason;
        final Set<Pid> links = new LinkedHashSet<>();
        /** Monitors on this process: ref to the watching process. */
        final Map<Ref, Pid> watchers = new LinkedHashMap<>();
        /** Monitors this process holds: ref to the watched process. */
        final Map<Ref, Pid> watching = new LinkedHashMap<>();
        /** Counted down when its thread is done: the process has ended and sent its signals. */
        final CountDownLatch stopped = new CountDownLatch(1);

        Process(Node node, Pid pid, Pid parent, Mailbox mailbox) {
            this.node = node;
            this.pid = pid;
            this.parent = parent;
            this.mailbox = mailbox;
        }
    }

    /** The sender of signals and messages from outside any process (a test, the shell). */
    public static final Pid OUTSIDE = new Pid(0);

    private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final Clock clock;
    private final Trace trace = new Trace();
    private final Object lock = new Object();
    private final AtomicLong nextPid = new AtomicLong(1);
    private final AtomicLong nextRef = new AtomicLong(1);
    private final Map<Pid, Process> processes = new ConcurrentHashMap<>();
    /** Guarded by lock. */
    private boolean closed;
    /** Failures of the runtime's own code in a process thread, which {@link #close} reports. */
    private final List<IllegalStateException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Node(Clock clock) {
        this.clock = clock;
    }

    /** A node living by the system clock. */
    public static Node start() {
        return start(Clock.system());
    }

    /** A node whose timeouts all read {@code clock}. */
    public static Node start(Clock clock) {
        return new Node(clock);
    }

    /** The clock every timeout on this node reads. */
    public Clock clock() {
        return clock;
    }

    /** What has happened on this node so far. */
    public Trace trace() {
        return trace;
    }

    /**
     * Starts a process running {@code body} on a new virtual thread and returns its pid at
     * once. The process ends with {@code normal} when the body returns, with the reason of
     * a {@link ProcessExit} it throws, and with a {@link ExitReason.Crash} for anything
     * else it throws.
     *
     * @throws IllegalStateException if the node is closed
     */
    public Pid spawn(ProcessBody body) {
        return spawn(body, OUTSIDE, false);
    }

    /** Spawns for {@code parent}, linked to it before the child runs if {@code link}. */
    Pid spawn(ProcessBody body, Pid parent, boolean link) {
        return start(body, parent, link).pid;
    }

    private Process start(ProcessBody body, Pid parent, boolean link) {
        var process = new Process(this, new Pid(nextPid.getAndIncrement()), parent, new Mailbox(clock));
        process.thread = Thread.ofVirtual().name("process " + process.pid).unstarted(() -> run(process, body));
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("this node is closed: start a new one");
            }
            processes.put(process.pid, process);
            trace.record((link ? "spawn_link " : "spawn ") + process.pid + " by " + parent);
            var linked = processes.get(parent);
            if (link && linked != null) {
                linked.links.add(process.pid);
                process.links.add(parent);
            }
        }
        process.thread.start();
        return process;
    }

    private void run(Process process, ProcessBody body) {
        ExitReason reason;
        try {
            ScopedValue.where(Proc.CURRENT, process).call(() -> {
                body.run();
                return null;
            });
            reason = ExitReason.NORMAL;
        } catch (ProcessExit exit) {
            reason = exit.reason();
        } catch (Throwable crash) {
            reason = ExitReason.crash(crash);
        }
        try {
            end(process, reason);
        } catch (RuntimeException bug) {
            // The runtime itself failed (a kata stub, say): close() reports it.
            failures.add(new IllegalStateException("the runtime failed while ending " + process.pid + ": " + bug, bug));
        } finally {
            aliases.removeAll(process);
            process.stopped.countDown();
        }
    }

    /**
     * Runs {@code body} in a new process and waits until that process has ended (its
     * signals sent, its exit in the trace), then returns the body's result: the way a test
     * or a JShell session, which are not processes, can send and receive.
     *
     * @throws Exception whatever {@code body} threw
     */
    public <T> T run(Callable<T> body) throws Exception {
        var result = new CompletableFuture<T>();
        var process = start(() -> {
            try {
                result.complete(body.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }, OUTSIDE, false);
        process.stopped.await();
        if (!result.isDone()) {
            throw new IllegalStateException("the process running this ended with " + process.exitReason + " before it returned");
        }
        try {
            return result.getNow(null);
        } catch (CompletionException failed) {
            throw failed.getCause() instanceof Exception e ? e : new RuntimeException(failed.getCause());
        }
    }

    /**
     * Puts {@code message} in {@code to}'s mailbox. Never blocks; a message to a process
     * that has ended is dropped, as in Erlang.
     */
    public void send(Pid to, Object message) {
        send(OUTSIDE, to, message);
    }

    void send(Pid from, Pid to, Object message) {
        if (trace.recordsMessages()) {
            trace.record("send " + from + " -> " + to + " " + message);
        }
        var process = processes.get(to);
        if (process != null) {
            process.mailbox.put(message);
        }
    }

    /** Sends an exit signal to {@code to} from outside any process, as {@code Process.exit/2} from the shell. */
    public void exit(Pid to, ExitReason reason) {
        signal(OUTSIDE, to, reason, false);
    }

    /** Whether {@code pid}'s process is still running. */
    public boolean isAlive(Pid pid) {
        return processes.containsKey(pid);
    }

    /** The messages waiting in {@code pid}'s mailbox, oldest first; empty if it has ended. */
    public List<Object> messages(Pid pid) {
        return Optional.ofNullable(processes.get(pid)).map(p -> p.mailbox.messages()).orElse(List.of());
    }

    /** What an exit signal does to the process that receives it. */
    enum Effect {
        /** It ends as {@code killed}, trapping or not. */
        KILLED,
        /** It gets an {@link Exit} message and runs on. */
        TRAPPED,
        /** Nothing happens. */
        IGNORED,
        /** It ends with the signal's reason. */
        FATAL
    }

    /**
     * Erlang's exit-signal rules (OTP-FACTS §7): {@code kill} sent directly with
     * {@code exit/2} ends the receiver as {@code killed}, trapping or not; a trapping
     * receiver gets every other signal as a message; a {@code normal} signal is ignored,
     * unless a process sends it to itself; any other signal ends the receiver.
     *
     * @param fromLink whether the signal comes from a linked process that ended (not from {@code exit/2})
     * @param toSelf whether a process sent it to itself
     */
    static Effect effect(ExitReason reason, boolean fromLink, boolean trapping, boolean toSelf) {
        // TODO(kata 2.2): Decide what the signal does: KILLED, TRAPPED, IGNORED or FATAL, by the exit-signal table of chapter 2.
        throw new letitcrash.KataNotDone("kata 2.2 is not done yet (book: chapter 2, Kata 2.2)");
    }

    /** Delivers an exit signal from {@code from} to {@code to}, by {@link #effect}; a signal to an ended process is dropped. */
    void signal(Pid from, Pid to, ExitReason reason, boolean fromLink) {
        var receiver = processes.get(to);
        if (receiver == null) {
            return;
        }
        var effect = effect(reason, fromLink, receiver.trapExits, !fromLink && from.equals(to));
        trace.record("signal " + from + " -> " + to + " " + reason + ": " + effect.name().toLowerCase(java.util.Locale.ROOT));
        switch (effect) {
            case KILLED -> end(receiver, ExitReason.KILLED);
            case TRAPPED -> receiver.mailbox.put(new Exit(from, reason));
            case IGNORED -> { }
            case FATAL -> end(receiver, reason);
        }
    }

    /** Ends {@code process} with {@code reason} (once), then signals its links and monitors. */
    void end(Process process, ExitReason reason) {
        List<Pid> links;
        Map<Ref, Pid> watchers;
        synchronized (lock) {
            if (process.exitReason != null) {
                return;
            }
            process.exitReason = reason;
            processes.remove(process.pid);
            trace.record("exit " + process.pid + " " + reason);
            links = List.copyOf(process.links);
            for (Pid linked : links) {
                Optional.ofNullable(processes.get(linked)).ifPresent(p -> p.links.remove(process.pid));
            }
            process.links.clear();
            watchers = new LinkedHashMap<>(process.watchers);
            process.watchers.clear();
            process.watching.forEach((ref, watched) ->
                    Optional.ofNullable(processes.get(watched)).ifPresent(p -> p.watchers.remove(ref)));
            process.watching.clear();
        }
        if (Thread.currentThread() != process.thread) {
            process.thread.interrupt();
        }
        try {
            links.forEach(linked -> signal(process.pid, linked, reason, true));
        } finally {
            // Monitors hear of the end even if a signal went wrong.
            watchers.forEach((ref, watcher) -> send(process.pid, watcher, new Down(ref, process.pid, reason)));
        }
    }

    /** Links {@code self} and {@code other}; if {@code other} has ended, {@code self} gets a {@code noproc} signal. */
    void link(Process self, Pid other) {
        // TODO(kata 2.3): Link both ways in one step under the lock; if other has ended, signal self with noproc instead.
        throw new letitcrash.KataNotDone("kata 2.3 is not done yet (book: chapter 2, Kata 2.3)");
    }

    void unlink(Process self, Pid other) {
        // TODO(kata 2.3): Remove the link from both sides, under the lock.
        throw new letitcrash.KataNotDone("kata 2.3 is not done yet (book: chapter 2, Kata 2.3)");
    }

    /** Monitors {@code target} for {@code self}; a dead target gives an immediate {@code noproc} {@link Down}. */
    Ref monitor(Process self, Pid target) {
        // TODO(kata 2.1): Register the monitor on both sides under the lock, or put an immediate noproc Down in self's mailbox.
        throw new letitcrash.KataNotDone("kata 2.1 is not done yet (book: chapter 2, Kata 2.1)");
    }

    void demonitor(Process self, Ref ref) {
        // TODO(kata 2.1): Remove the monitor from both sides, under the lock.
        throw new letitcrash.KataNotDone("kata 2.1 is not done yet (book: chapter 2, Kata 2.1)");
    }

    // Aliases (chapter 3): the table lives in Aliases; refs come from the node's one counter.

    final Aliases aliases = new Aliases(trace);

    /** A new alias for {@code owner}, active until it unaliases it or ends. */
    Ref alias(Process owner) {
        return aliases.add(new Ref(nextRef.getAndIncrement()), owner);
    }

    /**
     * Ends every process, without signals (the whole node is going), and waits for their
     * threads. Processes whose code ignores the interrupt are waited for five seconds in
     * all, then reported.
     *
     * @throws IllegalStateException if a process's code would not stop, or if the runtime's
     *     own code failed in a process while the node ran (the first such failure)
     */
    @Override
    public void close() {
        List<Process> running;
        synchronized (lock) {
            closed = true;
            running = new ArrayList<>(processes.values());
            for (var process : running) {
                process.exitReason = ExitReason.KILLED;
            }
            processes.clear();
        }
        running.forEach(p -> p.thread.interrupt());
        long giveUp = System.nanoTime() + CLOSE_GRACE.toNanos();
        var stuck = running.stream().filter(p -> !joined(p.thread, giveUp)).map(p -> p.pid).toList();
        if (!stuck.isEmpty()) {
            throw new IllegalStateException("the code of these processes did not stop when the node closed: " + stuck);
        }
        if (!failures.isEmpty()) {
            throw failures.getFirst();
        }
    }

    /** Whether {@code thread} ends before the shared deadline {@code giveUp} (System.nanoTime). */
    private static boolean joined(Thread thread, long giveUp) {
        try {
            return thread.join(Duration.ofNanos(Math.max(0, giveUp - System.nanoTime())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public String toString() {
        return "Node[processes=" + processes.size() + ", clock=" + clock + "]";
    }
}
