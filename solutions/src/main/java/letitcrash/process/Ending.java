package letitcrash.process;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import letitcrash.Crashes;
import letitcrash.process.ProcessEvent.Exited;

/**
 * How a process ends, whether its body returned or threw, a signal ended it, or it sent
 * itself a fatal one. Two steps:
 * <ol>
 * <li>{@link #decideEnd}, under the node's lock: the exit reason is set and the process
 *     leaves the table. From this moment it has ended: no operation of its own can begin
 *     ({@link ProcessEntry#act}), and it cannot be linked or monitored any more.
 * <li>{@link #propagate}, with no lock held: its thread is interrupted, so that code waiting
 *     in a receive stops; {@link ProcessEntry#awaitIdle} waits out an operation it had
 *     begun before step 1; then, under the node's lock, the end is
 *     recorded and each exit signal and {@code Down} is delivered (a link or monitor set
 *     meanwhile answers {@code noproc} behind them: {@link Node#behindSignalsOf}). A signal that ends its
 *     receiver queues that receiver for the same loop: a chain of 100,000 linked processes
 *     unwinds in a loop on one thread, never in a recursion.
 * </ol>
 * Whoever decides an end propagates it, on its own thread: the process's own thread when
 * its body is done, the sender's when an exit signal ends it.
 */
final class Ending {

    private static final Duration CLOSE_GRACE = Duration.ofSeconds(5);

    private final Node node;

    /** Failures of the runtime's own code in a process thread, which {@link Node#close} reports. */
    private final List<IllegalStateException> failures = new CopyOnWriteArrayList<>();

    Ending(Node node) {
        this.node = node;
    }

    /** The whole life of {@code process} on its own thread: its body, then its end. */
    void run(ProcessEntry process, ProcessBody body) {
        ExitReason reason;
        try {
            ScopedValue.where(Proc.CURRENT, process).call(() -> {
                body.run();
                return null;
            });
            reason = ExitReason.NORMAL;
        } catch (ProcessExit exit) {
            reason = exit.reason();
        } catch (ProcessEnded ended) {
            reason = ended.reason();
        } catch (Throwable crash) {
            reason = ExitReason.crash(crash);
            if (process.exitReason == null) {
                // Before its end is decided, so before anyone can see it: a test that then fails shows it.
                Crashes.record(crash);
            }
        }
        try {
            end(process, reason);
        } catch (RuntimeException bug) {
            // The runtime itself failed (a kata stub, say): close() reports it.
            failures.add(new IllegalStateException("the runtime failed while ending " + process.pid + ": " + bug, bug));
        } finally {
            node.aliases.removeAll(process);
            process.stopped.countDown();
        }
    }

    /**
     * Interrupts the threads of {@code running}, whose ends the closing node has decided
     * without signals, and waits five seconds in all for them to stop.
     *
     * @throws IllegalStateException if a process's code would not stop, or if the runtime's
     *     own code failed in a process while the node ran (the first such failure)
     */
    void awaitStopped(List<ProcessEntry> running) {
        running.forEach(p -> p.thread.interrupt());
        long giveUp = System.nanoTime() + CLOSE_GRACE.toNanos();
        var stuck = running.stream().filter(p -> !joined(p.thread, giveUp)).map(p -> p.pid).toList();
        running.stream().filter(p -> !p.thread.isAlive()).forEach(this::closeOwned);
        if (!stuck.isEmpty()) {
            throw new IllegalStateException("the code of these processes did not stop when the node closed: " + stuck);
        }
        if (!failures.isEmpty()) {
            throw failures.getFirst();
        }
    }

    /** Closes what {@code process} owned; a failure to close is reported by {@link Node#close}, as the runtime's own. */
    private void closeOwned(ProcessEntry process) {
        for (var failed : process.closeOwned()) {
            failures.add(new IllegalStateException("could not close what " + process.pid + " owned: " + failed, failed));
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

    /** Ends {@code process} with {@code reason} unless it has ended already, and sends its signals. */
    void end(ProcessEntry process, ExitReason reason) {
        if (process.exitReason != null) {
            return; // a signal ended it, and its sender sends its signals: no need to contend for the lock
        }
        ProcessEntry ended;
        synchronized (node.lock) {
            ended = decideEnd(process, reason);
        }
        propagate(ended);
    }

    /** Step 1, under the node's lock: returns {@code process} if this call ended it, null if it had ended. */
    ProcessEntry decideEnd(ProcessEntry process, ExitReason reason) {
        assert Thread.holdsLock(node.lock);
        if (process.exitReason != null) {
            return null;
        }
        process.exitReason = reason;
        node.leaveTable(process);
        return process;
    }

    /** Step 2: sends the signals of {@code first} (if not null) and of every process they end in turn. */
    void propagate(ProcessEntry first) {
        var ending = new ArrayDeque<ProcessEntry>();
        var process = first;
        try {
            for (; process != null; process = ending.poll()) {
                if (Thread.currentThread() != process.thread) {
                    process.thread.interrupt();
                }
                process.awaitIdle(); // an operation the process had begun before its end is over now
                closeOwned(process); // before the signals: whoever restarts it finds what it owned closed
                synchronized (node.lock) {
                    sendSignals(process, ending);
                    node.signalsSent(process);
                }
            }
        } finally {
            // Where a kata stub threw, the signals of this process and of those it ended will not
            // come: whoever waits for them (Node#behindSignalsOf) must not wait for ever.
            if (process != null) {
                synchronized (node.lock) {
                    node.signalsSent(process);
                    ending.forEach(node::signalsSent);
                }
            }
        }
    }

    /** Under the lock: records the end of {@code process}, delivers its exit signals and Downs, queues those it ends. */
    private void sendSignals(ProcessEntry process, ArrayDeque<ProcessEntry> ending) {
        var reason = process.exitReason;
        node.trace().record(new Exited(process.pid, reason));
        for (Pid linked : List.copyOf(process.links)) {
            var receiver = node.live(linked);
            var ended = receiver == null ? null : node.signals.deliver(process.pid, receiver, reason, true);
            if (ended != null) {
                ending.add(ended);
            }
        }
        process.links.clear();
        new LinkedHashMap<>(process.watchers).forEach((ref, watcher) -> node.monitors.down(process.pid, ref, watcher, reason));
        process.watchers.clear();
        process.watching.forEach((ref, watched) -> {
            var target = node.live(watched);
            if (target != null) {
                target.watchers.remove(ref);
            }
        });
        process.watching.clear();
    }
}
