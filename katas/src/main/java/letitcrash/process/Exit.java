package letitcrash.process;

/**
 * The message a process that traps exits receives instead of an exit signal:
 * Elixir's {@code {:EXIT, from, reason}}.
 */
public record Exit(Pid from, ExitReason reason) {
    @Override
    public String toString() {
        return "{EXIT, " + from + ", " + reason + "}";
    }
}
