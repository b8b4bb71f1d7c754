package letitcrash.process;

/** What an exit signal does to the process that receives it (chapter 2's table). */
public enum SignalEffect {
    /** It ends as {@code killed}, trapping or not. */
    KILLED,
    /** It gets an {@link Exit} message and runs on. */
    TRAPPED,
    /** Nothing happens. */
    IGNORED,
    /** It ends with the signal's reason. */
    FATAL
}
