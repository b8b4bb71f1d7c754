package letitcrash.workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * The worker JVMs that run the learner's kata tests: one in use, kept and reused while
 * nothing goes wrong, and (in watch mode) a spare already warming, which takes over at once
 * when the one in use is unfit (a test left running), ended (out of memory, System.exit) or
 * aborted (its background run gave way to a save).
 *
 * <p>Threads. {@link #run} belongs to one thread (the runner's); {@link #abort} and
 * {@link #close} may be called from any thread. Abort only kills the worker running a kata:
 * the runner sees its run end and retires it. The monitor guards {@code active} and
 * {@code warming}, so that close finds every worker started.
 */
final class Workers implements AutoCloseable {

    /** The katas that ran to the end, and their results; a cancelled run finishes fewer. */
    record Ran(List<String> finished, List<KataRunner.TestResult> results) {}

    private final boolean spare;
    private final Path root;
    /** The worker in use, or null. Guarded by this. */
    private Worker active;
    /** The next worker, started and warming, or null. Guarded by this. */
    private Worker warming;
    /** Set by {@link #close}: no worker starts after. Guarded by this. */
    private boolean closed;
    /** The worker running a kata now, or null: written by the runner, read by {@link #abort}. */
    private volatile Worker running;

    /**
     * Workers with ({@code spare}) or without a spare warming (a command runs once and needs
     * none), that run in the checkout's top folder {@code root}.
     */
    Workers(boolean spare, Path root) {
        this.spare = spare;
        this.root = root;
    }

    /**
     * Runs the tests of {@code katas}, until the end or until {@code cancelled} says so. When
     * a worker ends or is unfit halfway, the kata whose test was running keeps the results it
     * got, the failure among them; the katas after it run again in the next worker.
     */
    Ran run(List<Path> classPath, List<String> testClasses, Collection<String> katas, StackFrames frames, BooleanSupplier cancelled)
            throws InterruptedException {
        var finished = new ArrayList<String>();
        var results = new ArrayList<KataRunner.TestResult>();
        var remaining = new ArrayList<>(katas);
        boolean retried = false;
        while (!remaining.isEmpty() && !cancelled.getAsBoolean()) {
            var worker = take();
            running = worker;
            var outcome = worker.run(remaining, classPath, testClasses, frames, cancelled);
            running = null;
            if (!outcome.fit()) {
                retire();
            }
            if (outcome.aborted()) {
                break;
            }
            if (outcome.unused() && !retried) {
                // It ended before this request (busy while idle, with what an earlier request left running):
                // the request runs again in a fresh worker, its failure dropped. Once only: a fresh worker
                // that cannot begin either gets the failure reported.
                retried = true;
                continue;
            }
            // Each pass finishes at least one kata, so the loop ends.
            var done = outcome.inFlight() == null ? List.copyOf(remaining)
                    : List.of(remaining.contains(outcome.inFlight()) ? outcome.inFlight() : remaining.getFirst());
            finished.addAll(done);
            outcome.results().stream().filter(result -> done.contains(result.kata())).forEach(results::add);
            remaining.removeAll(done);
        }
        return new Ran(finished, results);
    }

    /** Kills the worker running a kata now, if any: its run returns as aborted. */
    void abort() {
        var worker = running;
        if (worker != null) {
            worker.abort();
        }
    }

    /** Starts the spare ahead of need, so that the first save finds it warm. */
    void warmUp() {
        take();
    }

    private synchronized Worker take() {
        if (closed) {
            throw new IllegalStateException("the kata runner is closed");
        }
        if (active == null) {
            active = warming != null ? warming : Worker.start(root);
            warming = null;
        }
        if (spare && warming == null) {
            warming = Worker.start(root);
        }
        return active;
    }

    private synchronized void retire() {
        active.close();
        active = null;
    }

    @Override
    public synchronized void close() {
        closed = true;
        abort();
        for (var worker : new Worker[] {active, warming}) {
            if (worker != null) {
                worker.close();
            }
        }
    }
}
