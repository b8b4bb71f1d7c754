package letitcrash.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The essay's question answered for any limit: under max N restarts in T seconds, which
 * crash interval is restarted for ever, and which always gives up. Each answer is checked
 * against the counting itself, {@link RestartIntensity#allows}, at several places in the
 * second for the first crash, and shown to be the edge: one nanosecond further, and some
 * loop turns out the other way.
 */
@Tag("ch05")
@Tag("kata-5.1")
@DisplayName("5.1 The crash interval that loops for ever, and the one that gives up")
class CrashIntervalTest {

    private static final String SECTION = "(book: chapter 5, Kata 5.1)";
    private static final long SECOND = 1_000_000_000L;
    /** Where in its second the first crash falls: on the second, just after it, a quarter, a half, just before the next. */
    private static final List<Long> PHASES = List.of(0L, 1L, SECOND / 4, SECOND / 2, SECOND - 1);
    /** Crashes per loop: far more than any window holds here. */
    private static final int CRASHES = 200;
    /** Limits to check: the defaults of Elixir (3 in 5) and Erlang (1 in 5), the essay's 5 in 3, and others. */
    private static final List<Flags> LIMITS = List.of(Flags.of(Strategy.ONE_FOR_ONE), Flags.erlang(Strategy.ONE_FOR_ONE),
            Flags.of(Strategy.ONE_FOR_ONE).intensity(5, 3), Flags.of(Strategy.ONE_FOR_ONE).intensity(2, 1), Flags.of(Strategy.ONE_FOR_ONE).intensity(3, 1),
            Flags.of(Strategy.ONE_FOR_ONE).intensity(7, 6), Flags.of(Strategy.ONE_FOR_ONE).intensity(4, 60));

    /** How many crashes a loop at {@code every}, its first at {@code phase} into a second, has restarted before its supervisor gives up; CRASHES if it never does. */
    private static int restartedBeforeGivingUp(Flags flags, Duration every, long phase) {
        var intensity = new RestartIntensity(flags);
        long start = 1_000 * SECOND + phase; // the node's clock, which starts wherever it starts
        return (int) LongStream.range(0, CRASHES).takeWhile(crash -> intensity.allows(start + crash * every.toNanos())).count();
    }

    // tag::crash-interval-test[]
    @Test
    @DisplayName("5.1 for ever from: under 3 in 5, a crash every 2 s; under Erlang's 1 in 5, every 6 s; under the essay's 5 in 3, every 0.8 s")
    void theIntervalsOfTheDefaults() {
        assertThat(RestartIntensity.restartsForEverFrom(Flags.of(Strategy.ONE_FOR_ONE))).as(SECTION).isEqualTo(Duration.ofSeconds(2));
        assertThat(RestartIntensity.restartsForEverFrom(Flags.erlang(Strategy.ONE_FOR_ONE))).as(SECTION).isEqualTo(Duration.ofSeconds(6));
        assertThat(RestartIntensity.restartsForEverFrom(Flags.of(Strategy.ONE_FOR_ONE).intensity(5, 3))).as(SECTION)
                .isEqualTo(Duration.ofMillis(800));
        assertThat(RestartIntensity.givesUpUpTo(Flags.erlang(Strategy.ONE_FOR_ONE))).as("Erlang's 1 in 5 gives up on a crash"
                + " every 5 s: seconds S and S + 5 are one window " + SECTION).isEqualTo(Duration.ofSeconds(5));
    }
    // end::crash-interval-test[]

    @Test
    @DisplayName("5.1 at the for-ever interval no loop gives up, wherever it starts; one nanosecond less, and one does")
    void forEverIsTheEdge() {
        for (var flags : LIMITS) {
            var every = RestartIntensity.restartsForEverFrom(flags);
            for (long phase : PHASES) {
                assertThat(restartedBeforeGivingUp(flags, every, phase)).as("under %s, a crash every %s, the first %d ns"
                        + " into its second: restarted %d times in a row " + SECTION, flags, every, phase, CRASHES).isEqualTo(CRASHES);
            }
            var faster = every.minusNanos(1);
            assertThat(PHASES.stream().mapToInt(phase -> restartedBeforeGivingUp(flags, faster, phase)).min().orElseThrow())
                    .as("under %s, a crash every %s, 1 ns less than the answer %s: some loop should give up, so the answer"
                            + " is not the shortest " + SECTION, flags, faster, every).isLessThan(CRASHES);
        }
    }

    @Test
    @DisplayName("5.1 at the giving-up interval every loop gives up at the crash after its first N restarts; one nanosecond more, and some loop goes on")
    void givesUpIsTheEdge() {
        for (var flags : LIMITS) {
            var every = RestartIntensity.givesUpUpTo(flags);
            for (long phase : PHASES) {
                assertThat(restartedBeforeGivingUp(flags, every, phase)).as("under %s, a crash every %s, the first %d ns"
                        + " into its second: restarts before the give-up " + SECTION, flags, every, phase)
                        .isEqualTo(flags.maxRestarts());
            }
            var slower = every.plusNanos(1);
            assertThat(PHASES.stream().mapToInt(phase -> restartedBeforeGivingUp(flags, slower, phase)).max().orElseThrow())
                    .as("under %s, a crash every %s, 1 ns more than the answer %s: some loop should restart its first %d"
                            + " crashes, so the answer is not the longest " + SECTION, flags, slower, every, flags.maxRestarts() + 1)
                    .isGreaterThan(flags.maxRestarts());
        }
    }
}
