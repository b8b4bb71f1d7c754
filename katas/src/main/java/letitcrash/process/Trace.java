package letitcrash.process;

import java.util.ArrayList;
import java.util.List;

/**
 * What happened on a node, one line per event, in a stable text form that approval tests
 * check and pictures are drawn from: spawns, links, monitors, exit signals and exits, and
 * (when asked for) messages. The book's appendix lists every line's form.
 *
 * <p>Lines are recorded in the order the node handled the events. Events of one process
 * are in its program order; events of different processes interleave as they happened,
 * so a test that checks a whole trace must make the order it expects certain.
 */
public final class Trace {

    /** Guarded by this. */
    private final List<String> lines = new ArrayList<>();
    private volatile boolean messages;

    Trace() {}

    /** Starts or stops recording every message sent (off by default: it is the busiest event). */
    public void recordMessages(boolean on) {
        messages = on;
    }

    boolean recordsMessages() {
        return messages;
    }

    synchronized void record(String line) {
        lines.add(line);
    }

    /** The lines so far, oldest first. */
    public synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public synchronized String toString() {
        return String.join("\n", lines);
    }
}
