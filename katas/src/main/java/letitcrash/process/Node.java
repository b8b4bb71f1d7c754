package letitcrash.process;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import letitcrash.mailbox.Mailbox;
import letitcrash.time.Clock;

/**
 * One instance of the runtime: it owns its processes, their mailboxes and its clock.
 * Closing a node ends every process it started and waits for them, so nothing outlives a
 * test or a script.
 *
 * <p>Concurrency. {@code processes} holds the live processes; a process adds itself
 * before its thread starts and removes itself when its body ends, so a pid that is not in
 * the map belongs to a process that has ended (or never existed). Pids come from one
 * counter, so they are unique and, for a single-threaded caller, deterministic.
 */
public final class Node implements AutoCloseable {

    /** A live process: its pid, its mailbox and the virtual thread running it. */
    record Process(Node node, Pid pid, Mailbox mailbox, Thread thread) {}

    private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final Clock clock;
    private final AtomicLong nextPid = new AtomicLong(1);
    private final Map<Pid, Process> processes = new ConcurrentHashMap<>();
    private volatile boolean closed;

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

    /**
     * Starts a process running {@code body} on a new virtual thread and returns its pid at
     * once. When the body returns or throws, the process ends and its mailbox is dropped.
     *
     * @throws IllegalStateException if the node is closed
     */
    public Pid spawn(ProcessBody body) {
        if (closed) {
            throw new IllegalStateException("this node is closed: start a new one");
        }
        var pid = new Pid(nextPid.getAndIncrement());
        var mailbox = new Mailbox(clock);
        var thread = Thread.ofVirtual().name("process " + pid).unstarted(() -> {
            try {
                ScopedValue.where(Proc.CURRENT, processes.get(pid)).call(() -> {
                    body.run();
                    return null;
                });
            } catch (InterruptedException closing) {
                // The node is closing: the process ends quietly.
            } catch (Exception crash) {
                // A crash ends this process only. Links and exit reasons come in chapter 2.
            } finally {
                processes.remove(pid);
            }
        });
        processes.put(pid, new Process(this, pid, mailbox, thread));
        thread.start();
        return pid;
    }

    /**
     * Runs {@code body} in a new process and waits for its result: the way a test or a
     * JShell session, which are not processes, can send and receive.
     *
     * @throws Exception whatever {@code body} threw
     */
    public <T> T run(Callable<T> body) throws Exception {
        var result = new CompletableFuture<T>();
        spawn(() -> {
            try {
                result.complete(body.call());
            } catch (Throwable failure) {
                result.completeExceptionally(failure);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException failed) {
            throw failed.getCause() instanceof Exception e ? e : new RuntimeException(failed.getCause());
        }
    }

    /**
     * Puts {@code message} in {@code to}'s mailbox. Never blocks; a message to a process
     * that has ended is dropped, as in Erlang.
     */
    public void send(Pid to, Object message) {
        var process = processes.get(to);
        if (process != null) {
            process.mailbox().put(message);
        }
    }

    /** Whether {@code pid}'s process is still running. */
    public boolean isAlive(Pid pid) {
        return processes.containsKey(pid);
    }

    /** The messages waiting in {@code pid}'s mailbox, oldest first; empty if it has ended. */
    public List<Object> messages(Pid pid) {
        return Optional.ofNullable(processes.get(pid)).map(p -> p.mailbox().messages()).orElse(List.of());
    }

    /**
     * Ends every process: interrupts each one and waits for it to finish. A process that
     * ignores the interrupt is waited for at most a few seconds, then reported.
     *
     * @throws IllegalStateException if a process would not end
     */
    @Override
    public void close() {
        closed = true;
        var running = List.copyOf(processes.values());
        running.forEach(p -> p.thread().interrupt());
        var stuck = running.stream().filter(p -> !joined(p.thread())).map(Process::pid).toList();
        if (!stuck.isEmpty()) {
            throw new IllegalStateException("these processes did not end when the node closed: " + stuck);
        }
    }

    private static boolean joined(Thread thread) {
        try {
            return thread.join(CLOSE_GRACE);
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
