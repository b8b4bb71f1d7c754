package letitcrash.process;

import java.util.ArrayDeque;
import java.util.List;

/**
 * What happened on a node, one line per event, in a stable text form that approval tests
 * check and pictures are drawn from: spawns, links, monitors, exit signals and exits, and
 * (when asked for) messages. The book's appendix lists every line's form.
 *
 * <p>Lines are recorded in the order the node handled the events. Events of one process
 * are in its program order; events of different processes interleave as they happened,
 * so a test that checks a whole trace must make the order it expects certain.
 *
 * <p>A trace keeps the last {@value #KEEP} lines, so that a node that runs a million
 * processes does not keep a million lines; {@link #dropped()} says how many went.
 */
public final class Trace {

    /** How many lines a trace keeps, newest last. */
    public static final int KEEP = 100_000;

    /** Guarded by this: at most {@link #KEEP} events, oldest first. */
    private final ArrayDeque<TraceEvent> events = new ArrayDeque<>();
    /** Guarded by this. */
    private long dropped;
    private volatile boolean messages;

    Trace() {}

    /** Starts or stops recording every message sent (off by default: it is the busiest event). */
    public void recordMessages(boolean on) {
        messages = on;
    }

    boolean recordsMessages() {
        return messages;
    }

    /** An event of the node's own, kept as its text. */
    private record Line(String line) implements TraceEvent {}

    void record(String line) {
        record(new Line(line));
    }

    synchronized void record(TraceEvent event) {
        if (events.size() == KEEP) {
            events.removeFirst();
            dropped++;
        }
        events.addLast(event);
    }

    /** The lines kept, oldest first. */
    public synchronized List<String> lines() {
        return events.stream().map(TraceEvent::line).toList();
    }

    /** The events kept, oldest first. */
    public synchronized List<TraceEvent> events() {
        return List.copyOf(events);
    }

    /** How many of the oldest lines were let go to keep the trace at {@link #KEEP} lines. */
    public synchronized long dropped() {
        return dropped;
    }

    @Override
    public synchronized String toString() {
        return (dropped == 0 ? "" : "(" + dropped + " earlier lines dropped)\n") + String.join("\n", lines());
    }
}
