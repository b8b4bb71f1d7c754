package letitcrash.process;

/**
 * A process identifier: the address messages are sent to. Pids are numbered in spawn
 * order within their node and printed the way Erlang prints them, {@code <0.7.0>}, so a
 * transcript is the same on every run.
 */
public record Pid(long id) {

    @Override
    public String toString() {
        return "<0." + id + ".0>";
    }
}
