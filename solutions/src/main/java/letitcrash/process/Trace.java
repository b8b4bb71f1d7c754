package letitcrash.process;

import java.util.ArrayDeque;
import java.util.List;

/**
 * What happened on a node, one {@link TraceEvent} per event, each with a stable text line
 * that approval tests check and pictures are drawn from: spawns, links, monitors, exit
 * signals and exits, (when asked for) messages, and whatever other packages record through
 * {@link Proc#record}. The book's appendix lists every line's form.
 *
 * <p>Events are recorded in the order the node handled them. Events of one process are in
 * its program order; events of different processes interleave as they happened, so a test
 * that checks a whole trace must make the order it expects certain.
 *
 * <p>A trace keeps the last {@value #KEEP} events, so that a node that runs a million
 * processes does not keep a million; {@link #dropped()} says how many went.
 */
public final class Trace {

    /** How many events a trace keeps, newest last. */
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

    synchronized void record(TraceEvent event) {
        if (events.size() == KEEP) {
            events.removeFirst();
            dropped++;
        }
        events.addLast(event);
    }

    /** The events kept, oldest first. */
    public synchronized List<TraceEvent> events() {
        return List.copyOf(events);
    }

    /** The events kept as their text lines, oldest first. */
    public synchronized List<String> lines() {
        return events.stream().map(TraceEvent::line).toList();
    }

    /** How many of the oldest events were let go to keep the trace at {@link #KEEP}. */
    public synchronized long dropped() {
        return dropped;
    }

    @Override
    public synchronized String toString() {
        return (dropped == 0 ? "" : "(" + dropped + " earlier lines dropped)\n") + String.join("\n", lines());
    }
}
