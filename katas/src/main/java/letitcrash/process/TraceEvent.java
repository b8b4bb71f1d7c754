package letitcrash.process;

/**
 * Anything a node's {@link Trace} records. Each package that records events keeps its own
 * sealed family of records implementing this (the process package's is
 * {@link ProcessEvent}); tests and pictures switch on the records, and approval files
 * check their {@link #line()}.
 */
public interface TraceEvent {

    /** The event's stable text form, one line, the same on every run. */
    String line();
}
