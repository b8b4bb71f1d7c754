package letitcrash.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import letitcrash.mailbox.Mailbox;
import letitcrash.process.ProcessEvent.Spawned;
import letitcrash.time.Clock;

/**
 * One instance of the runtime: it owns its processes (the process table), their
 * mailboxes, the links and monitors between them, its clock and its trace. Closing a node
 * ends every process it started and waits for them, so nothing outlives a test or a script.
 *
 * <p>Rooms. This class keeps the table and the lifecycle: spawn, end, close. The rules of
 * exit signals are in {@link Signals}, links in {@link Links}, monitors in {@link Monitors},
 * aliases in {@link Aliases}; what the node knows of one process is a {@link ProcessEntry}.
 *
 * <p>Concurrency. {@code lock} guards every entry's links, monitors and the setting of its
 * exit reason, and the table holds exactly the processes whose end is not yet decided; it
 * changes only under the lock. So "is it alive?" and "link to it" are one step, and
 * {@code spawnLink} links before the child runs. How a process ends, in two steps, is
 * {@link Ending}'s comment.
 *
 * <p>Lock order: {@code lock}, then a mailbox's lock or the trace's monitor. Nothing waits
 * for a process's operation to end ({@link ProcessEntry#awaitIdle}) while holding a lock.
 * A receive filter holds its mailbox's lock, so every public method here refuses to run
 * inside one ({@link IllegalStateException}), as every operation of {@link Proc} does.
 *
 * <p>Every argument must be given: a null pid, name, body or reason throws a
 * {@link NullPointerException} that names it, before anything is done.
 */
public final class Node implements AutoCloseable {

    /** The sender of signals and messages from outside any process (a test, the shell). */
    public static final Pid OUTSIDE = new Pid(0);

    final Object lock = new Object();
    private final Clock clock;
    private final Trace trace = new Trace();
    private final AtomicLong nextPid = new AtomicLong(1);
    private final AtomicLong nextRef = new AtomicLong(1);
    /** The processes whose end is not decided. Changed only under lock; read without it. */
    private final Map<Pid, ProcessEntry> processes = new ConcurrentHashMap<>();
    /**
     * The processes whose end is decided and whose signals are not all sent yet (step 2 of
     * {@link Ending}). Changed only under lock; read without it.
     */
    private final Map<Pid, ProcessEntry> signalling = new ConcurrentHashMap<>();
    /** Guarded by lock. */
    private boolean closed;
    final Ending ending = new Ending(this);
    final Signals signals = new Signals(this);
    final Links links = new Links(this);
    final Monitors monitors = new Monitors(this);
    final Aliases aliases = new Aliases(this);

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
        given(body, "the body of the process");
        ProcessEntry.refuseInsideFilter();
        return start(body, null, false).pid;
    }

    /** Starts a process for {@code parent} (null: from outside), linked to it before the child runs if {@code link}. */
    ProcessEntry start(ProcessBody body, ProcessEntry parent, boolean link) {
        var pid = new Pid(nextPid.getAndIncrement());
        var process = new ProcessEntry(this, pid, parent == null ? OUTSIDE : parent.pid, new Mailbox(clock), body);
        synchronized (lock) {
            if (closed) {
                throw new IllegalStateException("this node is closed: start a new one");
            }
            processes.put(pid, process);
            trace.record(new Spawned(pid, process.parent, link));
            if (link) {
                parent.links.add(pid);
                process.links.add(parent.pid);
            }
        }
        process.thread.start();
        return process;
    }

    /**
     * Runs {@code body} in a new process and waits until that process has ended (its
     * signals sent, its exit in the trace), then returns the body's result: the way a test
     * or a JShell session, which are not processes, can send and receive.
     *
     * <p>If the caller is interrupted while it waits (a test's time limit ran out), the
     * process's thread is interrupted too, so that a wait in it throws, and the caller gets
     * what the body then failed with, if it fails within a second: a test helper that says
     * what it waited for can say so, instead of the bare end of the time limit.
     *
     * @throws Exception whatever {@code body} threw
     */
    public <T> T run(Callable<T> body) throws Exception {
        given(body, "the body to run");
        ProcessEntry.refuseInsideFilter();
        var result = new CompletableFuture<T>();
        var process = start(() -> {
            try {
                result.complete(body.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        }, null, false);
        try {
            process.stopped.await();
        } catch (InterruptedException callerGaveUp) {
            process.thread.interrupt();
            if (process.stopped.await(1, java.util.concurrent.TimeUnit.SECONDS) && result.isCompletedExceptionally()) {
                var failure = result.exceptionNow();
                failure.addSuppressed(callerGaveUp);
                throw rethrown(failure);
            }
            throw callerGaveUp;
        }
        if (!result.isDone()) {
            throw new IllegalStateException("the process running this ended with " + process.exitReason + " before it returned");
        }
        try {
            return result.getNow(null);
        } catch (CompletionException failed) {
            throw rethrown(failed.getCause());
        }
    }

    /**
     * Puts {@code message} in {@code to}'s mailbox. Never blocks; a message to a process
     * that has ended is dropped, as in Erlang.
     */
    public void send(Pid to, Object message) {
        given(to, "the pid to send to");
        ProcessEntry.refuseInsideFilter();
        send(OUTSIDE, to, message);
    }

    void send(Pid from, Pid to, Object message) {
        var process = processes.get(to);
        if (process != null) {
            process.deliver(from, message);
        }
    }

    /** Sends an exit signal to {@code to} from outside any process, as {@code Process.exit/2} from the shell. */
    public void exit(Pid to, ExitReason reason) {
        given(to, "the pid to signal");
        given(reason, "the exit reason");
        ProcessEntry.refuseInsideFilter();
        ending.propagate(signals.exit(OUTSIDE, to, reason));
    }

    /** Whether {@code pid}'s process is still running: its end is not decided. */
    public boolean isAlive(Pid pid) {
        given(pid, "the pid");
        ProcessEntry.refuseInsideFilter();
        return processes.containsKey(pid);
    }

    /** The messages waiting in {@code pid}'s mailbox, oldest first; empty if it has ended. */
    public List<Object> messages(Pid pid) {
        given(pid, "the pid");
        ProcessEntry.refuseInsideFilter();
        return Optional.ofNullable(processes.get(pid)).map(p -> p.mailbox.messages()).orElse(List.of());
    }

    /** The entry of {@code pid} if its end is not decided, else null. */
    ProcessEntry live(Pid pid) {
        return processes.get(pid);
    }

    /** Under the lock: {@code process}'s end is decided, so it leaves the table. */
    void leaveTable(ProcessEntry process) {
        assert Thread.holdsLock(lock);
        processes.remove(process.pid);
        signalling.put(process.pid, process);
        names.release(process.pid);
    }

    /** Under the lock: every exit signal and {@code Down} of {@code process}'s end is delivered. */
    void signalsSent(ProcessEntry process) {
        assert Thread.holdsLock(lock);
        signalling.remove(process.pid);
        process.signalsSent.countDown();
    }

    /**
     * After a link or monitor of {@code self} to {@code target}: if {@code target}'s end is
     * decided and its exit signals and {@code Down}s are still on their way, waits until they
     * are delivered, then puts the {@code noproc} answer that the link or monitor gave at once
     * (the first message {@code answer} accepts) behind them. So that answer comes after every
     * signal of {@code target}'s end, as in Erlang: there the link or monitor signal goes to the
     * ending process, and its answer comes back behind what that process sent before, in the
     * order signals between two processes keep. If the caller's own end interrupts the wait,
     * returns: the operation throws that end.
     */
    void behindSignalsOf(ProcessEntry self, Pid target, Predicate<Object> answer) {
        var ending = signalling.get(target);
        if (ending == null) {
            return;
        }
        try {
            ending.signalsSent.await();
            self.mailbox.poll(Object.class, answer, Duration.ZERO).ifPresent(self.mailbox::put);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * {@code value}, if it is not null.
     *
     * @throws NullPointerException naming {@code what} was missing
     */
    static <T> T given(T value, String what) {
        if (value == null) {
            throw new NullPointerException(what + " is null: pass a real one");
        }
        return value;
    }

    /**
     * {@code failure}, which a body threw in a process, as an exception to rethrow in the
     * caller; an {@link Error} (a {@link ProcessEnded}, say) is thrown here as it is.
     */
    static Exception rethrown(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        return failure instanceof Exception e ? e : new IllegalStateException(failure);
    }

    Ref makeRef() {
        return new Ref(nextRef.getAndIncrement());
    }

    // Names (chapter 4): the table lives in Names; it changes under the lock, so a name never outlives its process.

    private final Names names = new Names();

    /** Registers {@code pid} under {@code name}; see {@link Proc#register}. */
    void register(String name, Pid pid) {
        synchronized (lock) {
            if (!processes.containsKey(pid)) {
                throw new IllegalArgumentException("cannot register '" + name + "': " + pid + " is not running (noproc)");
            }
            names.register(name, pid);
            trace.record(new ProcessEvent.Registered(name, pid));
        }
    }

    boolean unregister(String name) {
        synchronized (lock) {
            return names.unregister(name);
        }
    }

    /** The live process registered as {@code name}, if there is one: Erlang's {@code whereis/1}. */
    public Optional<Pid> whereis(String name) {
        given(name, "the name");
        ProcessEntry.refuseInsideFilter();
        return names.whereis(name);
    }

    /**
     * Ends every process, without signals (the whole node is going), frees every name, and
     * waits for their threads. Processes whose code ignores the interrupt are waited for five seconds in
     * all, then reported.
     *
     * @throws IllegalStateException if a process's code would not stop, or if the runtime's
     *     own code failed in a process while the node ran (the first such failure)
     */
    @Override
    public void close() {
        ProcessEntry.refuseInsideFilter();
        List<ProcessEntry> running;
        synchronized (lock) {
            closed = true;
            running = new ArrayList<>(processes.values());
            running.forEach(p -> p.exitReason = ExitReason.KILLED);
            processes.clear();
            names.clear();
        }
        ending.awaitStopped(running);
    }

    @Override
    public String toString() {
        return "Node[processes=" + processes.size() + ", clock=" + clock + "]";
    }
}
