package letitcrash.process;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A process that stands for JShell, the way Erlang's shell is a process: it has a pid and
 * a mailbox that keep from one snippet to the next, so that the shell can send, receive,
 * link and call servers without wrapping each line in {@code node.run(() -> ...)}.
 *
 * <pre>{@code
 * var shell = Shell.on(node);
 * shell.send(echo, new Ping(shell.self(), "hi"));
 * shell.receive()                                   // "echo: hi"
 * shell.run(() -> GenServer.call(counter, "get"))   // anything, inside the shell's process
 * shell.exec(() -> GenServer.cast(counter, "inc"))  // the same, for a statement
 * }</pre>
 *
 * <p>Every method runs its work in the shell's process, one request at a time, and blocks
 * the caller until it is done. If that process ends (a linked process crashed, say), the
 * request it was running fails with the reason, and the next request starts a new shell
 * process with a new pid and an empty mailbox, as Erlang's shell restarts after
 * {@code ** exception exit}. If the caller is interrupted while it waits (JShell's stop,
 * Ctrl-C, on a {@code receive} that nothing answers), the shell kills its process, as
 * Erlang's shell kills its evaluator when it is interrupted, and the next request starts a
 * new one at once. Closing the node ends the shell's process too.
 *
 * <p>Thread safety: the JShell thread submits requests; the shell's process takes and runs
 * them. {@code current} is guarded by {@code this}; a {@code Session}'s queue is closed
 * (under the session's lock) by its process as that process ends, and a request is only
 * queued while its session is open, so no request waits for a process that has gone.
 */
public final class Shell {

    private final Node node;
    private Session current;

    private Shell(Node node) {
        this.node = node;
    }

    /** A shell on {@code node}; its process starts with the first request. */
    public static Shell on(Node node) {
        return new Shell(node);
    }

    /** The shell's pid: Erlang's {@code self()} typed at the shell prompt. */
    public Pid self() throws Exception {
        return run(Proc::self);
    }

    /** Sends {@code message} to {@code to} from the shell's process. */
    public void send(Pid to, Object message) throws Exception {
        exec(() -> Proc.send(to, message));
    }

    /** Takes the oldest message in the shell's mailbox, waiting for one: {@link Proc#receive()}. */
    public Object receive() throws Exception {
        return run(Proc::receive);
    }

    /** Takes the oldest message, waiting at most {@code timeout}: {@link Proc#receive(Duration)}. */
    public Optional<Object> receive(Duration timeout) throws Exception {
        return run(() -> Proc.receive(timeout));
    }

    /** Takes every message waiting in the shell's mailbox, oldest first: Erlang's {@code flush()}. */
    public List<Object> flush() throws Exception {
        return run(() -> {
            var taken = new ArrayList<>();
            for (var next = Proc.receive(Duration.ZERO); next.isPresent(); next = Proc.receive(Duration.ZERO)) {
                taken.add(next.get());
            }
            return taken;
        });
    }

    /** Runs {@code body}, which returns nothing, in the shell's process: {@link #run} for statements. */
    public void exec(ProcessBody body) throws Exception {
        run(() -> {
            body.run();
            return null;
        });
    }

    /**
     * Runs {@code body} in the shell's process and returns what it returned.
     *
     * @throws Exception what {@code body} threw: a {@link ProcessEnded} with the reason if the
     *     shell's process was ended while it ran
     * @throws InterruptedException if the caller was interrupted while it waited: the shell's
     *     process is killed, and the next request gets a new one
     * @throws IllegalStateException if the node is closed
     */
    public <T> T run(Callable<T> body) throws Exception {
        Node.given(body, "the body to run");
        while (true) {
            var request = new Request<T>(body, new CompletableFuture<>());
            var session = session();
            if (!session.offer(request)) {
                continue; // that process ended just now; session() starts the next one
            }
            try {
                return request.result().get();
            } catch (ExecutionException failed) {
                if (!(failed.getCause() instanceof NotRun)) {
                    throw Node.rethrown(failed.getCause());
                }
            } catch (InterruptedException | RuntimeException | Error stopped) {
                abandon(session); // the caller gave up waiting: JShell's stop, say
                throw stopped;
            }
        }
    }

    /**
     * Kills {@code session}'s process, whose request the caller stopped waiting for (it
     * would otherwise sit in that request, a receive, say, and every later request would
     * queue behind it), and closes it, so that the next request starts a new process.
     */
    private synchronized void abandon(Session session) {
        session.close();
        node.exit(session.pid, ExitReason.KILL);
    }

    private synchronized Session session() {
        if (current == null || !current.isOpen()) {
            current = new Session();
            current.pid = node.spawn(current::serve);
        }
        return current;
    }

    @Override
    public synchronized String toString() {
        return "Shell[" + (current != null && current.isOpen() ? current.pid : "no process yet") + "]";
    }

    /** Why a request comes back unrun: its shell process ended first. */
    private static final class NotRun extends Exception {
        NotRun() {
            super(null, null, false, false);
        }
    }

    /** A body to run in the shell's process, and where its result goes. */
    private record Request<T>(Callable<T> body, CompletableFuture<T> result) {
        void run() {
            try {
                result.complete(body.call());
            } catch (Throwable failure) {
                result.completeExceptionally(endOr(failure));
            }
        }

        /** The process's end if a signal ended it (its receive was interrupted), else {@code failure}. */
        private static Throwable endOr(Throwable failure) {
            try {
                Proc.checkAlive();
                return failure;
            } catch (ProcessEnded ended) {
                return ended;
            }
        }
    }

    /** One shell process and the requests queued for it. */
    private static final class Session {
        private final BlockingQueue<Request<?>> requests = new LinkedBlockingQueue<>();
        private boolean open = true; // guarded by this
        private volatile Pid pid;

        synchronized boolean isOpen() {
            return open;
        }

        /** Takes no more requests. */
        synchronized void close() {
            open = false;
        }

        /** Queues {@code request} for this process; false if the process has ended. */
        synchronized boolean offer(Request<?> request) {
            return open && requests.add(request);
        }

        /**
         * The shell process's body: run requests until the process ends. A request it took
         * but did not run, and those still queued, are handed back to their callers, who
         * queue them again for the next shell process (this one may not start it: ended
         * means stopped). The end is checked before each wait for a request, because a
         * request's own receive may have taken the interrupt that the end sent.
         */
        void serve() throws InterruptedException {
            Request<?> next = null;
            try {
                while (true) {
                    Proc.checkAlive();
                    next = requests.take();
                    Proc.checkAlive();
                    next.run();
                    next = null;
                }
            } finally {
                synchronized (this) {
                    open = false;
                }
                if (next != null) {
                    next.result().completeExceptionally(new NotRun());
                }
                requests.forEach(left -> left.result().completeExceptionally(new NotRun()));
            }
        }
    }
}
