package letitcrash.process;

/**
 * Anything a node's {@link Trace} records. Each package that records events keeps them as
 * a sealed family of records implementing this (the supervisor's restarts and give-ups,
 * say), so tests and pictures switch on types, and the trace prints each through
 * {@link #line()}.
 */
public interface TraceEvent {

    /** The event as one stable line of text: what approved traces and the book show. */
    String line();
}
