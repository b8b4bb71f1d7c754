package letitcrash.supervisor;

import java.util.Objects;

/**
 * How a supervisor restarts: its strategy, and its restart intensity, at most
 * {@code maxRestarts} restarts in {@code maxSeconds} seconds before it gives up.
 * {@link #of} gives Elixir's defaults, 3 in 5 seconds; {@link #erlang} Erlang's, 1 in 5.
 */
public record Flags(Strategy strategy, int maxRestarts, int maxSeconds) {

    public Flags {
        Objects.requireNonNull(strategy, "strategy");
        if (maxRestarts < 0 || maxSeconds <= 0) {
            throw new IllegalArgumentException("need maxRestarts >= 0 and maxSeconds > 0, not " + maxRestarts + " in " + maxSeconds);
        }
    }

    /** {@code strategy} with Elixir's default intensity: 3 restarts in 5 seconds. */
    public static Flags of(Strategy strategy) {
        return new Flags(strategy, 3, 5);
    }

    /** {@code strategy} with Erlang's default intensity: 1 restart in 5 seconds. */
    public static Flags erlang(Strategy strategy) {
        return new Flags(strategy, 1, 5);
    }

    /** These flags with at most {@code maxRestarts} restarts in {@code maxSeconds} seconds. */
    public Flags intensity(int maxRestarts, int maxSeconds) {
        return new Flags(strategy, maxRestarts, maxSeconds);
    }

    @Override
    public String toString() {
        return "%{strategy: " + strategy + ", max_restarts: " + maxRestarts + ", max_seconds: " + maxSeconds + "}";
    }
}
