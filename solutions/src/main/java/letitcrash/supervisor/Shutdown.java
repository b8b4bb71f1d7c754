package letitcrash.supervisor;

import java.time.Duration;

/**
 * How a supervisor stops a child: OTP's {@code shutdown} values. The child gets an exit
 * signal {@code shutdown} and that much time to end (its {@code terminate} runs if it traps
 * exits), then a {@code kill}; or a {@code kill} at once; or all the time it needs.
 */
public sealed interface Shutdown {

    /** {@code kill} at once: terminate never runs. */
    Shutdown BRUTAL_KILL = new BrutalKill();
    /** {@code shutdown}, and wait as long as it takes: the default for child supervisors. */
    Shutdown INFINITY = new Infinity();
    /** {@code shutdown}, then {@code kill} after five seconds: the default for workers. */
    Shutdown DEFAULT = new Timeout(Duration.ofMillis(5000));

    /** {@code shutdown}, then {@code kill} if the child has not ended within {@code time} on the node's clock. */
    static Shutdown after(Duration time) {
        return new Timeout(time);
    }

    record BrutalKill() implements Shutdown {
        @Override
        public String toString() {
            return "brutal_kill";
        }
    }

    record Timeout(Duration time) implements Shutdown {
        public Timeout {
            if (time.isNegative()) {
                throw new IllegalArgumentException("a shutdown time cannot be negative: " + time);
            }
        }

        @Override
        public String toString() {
            return Long.toString(time.toMillis());
        }
    }

    record Infinity() implements Shutdown {
        @Override
        public String toString() {
            return "infinity";
        }
    }
}
