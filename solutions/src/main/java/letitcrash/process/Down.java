package letitcrash.process;

/**
 * The message a monitor delivers when the watched process ends, or at once if it had
 * already ended ({@code noproc}): Elixir's {@code {:DOWN, ref, :process, pid, reason}}.
 */
public record Down(Ref ref, Pid pid, ExitReason reason) {
    @Override
    public String toString() {
        return "{DOWN, " + ref + ", process, " + pid + ", " + reason + "}";
    }
}
