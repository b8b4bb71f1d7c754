package letitcrash.supervisor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Restart intensity as OTP counts it: one list per supervisor, restarts not crashes, whole seconds, an inclusive window. */
@Tag("ch05")
@DisplayName("5.1 The restart window")
class IntensityTest {

    private static final String SECTION = "(book: chapter 5, Kata 5.1)";
    private static final String SECTION_5_2 = "(book: chapter 5, Kata 5.2)";

    private final ManualClock clock = new ManualClock();
    @AutoClose
    private final Node node = Node.start(clock);

    /** Crashes the workers named in {@code crashes}, one per step of {@code every}; returns how many restarts happened before the supervisor ended, or -1 if it still runs. */
    private int crashes(Flags flags, List<ChildSpec> children, Duration every, String... crashes) throws Exception {
        var times = IntStream.range(0, crashes.length).mapToObj(every::multipliedBy).toList();
        return crashesAt(flags, children, times, List.of(crashes));
    }

    /** Crashes the worker {@code crashes.get(i)} at {@code times.get(i)} after the start; returns as {@link #crashes} does. */
    private int crashesAt(Flags flags, List<ChildSpec> children, List<Duration> times, List<String> crashes) throws Exception {
        return node.run(() -> {
            Pid supervisor = Supervisor.start(flags, children);
            var watch = Proc.monitor(supervisor);
            for (int i = 0; i < crashes.size(); i++) {
                clock.advance(times.get(i).minus(i == 0 ? Duration.ZERO : times.get(i - 1)));
                Tree.end(supervisor, crashes.get(i), Worker.CRASH);
                var down = Proc.awaitDown(watch, Duration.ZERO);
                if (down.isPresent()) {
                    assertThat(down.get().reason()).as("a supervisor that gives up ends with shutdown " + SECTION_5_2)
                            .isEqualTo(ExitReason.SHUTDOWN);
                    return restarts();
                }
            }
            return -1;
        });
    }

    private long restartsSeen() {
        return node.trace().events().stream().filter(SupervisorEvent.Restarting.class::isInstance).count();
    }

    private int restarts() {
        return (int) restartsSeen();
    }

    // tag::intensity-test[]
    @Test
    @Tag("kata-5.2")
    @DisplayName("5.2 with max 3, three restarts inside the window succeed and the fourth crash gives up")
    void threeRestartsThenGiveUp() throws Exception {
        int restarts = crashes(Flags.of(Strategy.ONE_FOR_ONE), List.of(Worker.of("w").spec()), Duration.ofMillis(200),
                "w", "w", "w", "w");
        assertThat(restarts).as(SECTION_5_2).isEqualTo(3);
    }
    // end::intensity-test[]

    @Test
    @Tag("kata-5.2") // it gives up, which is kata 5.2
    @DisplayName("5.2 one list for the whole supervisor: a, b, a, b crashing under 3 in 5, the fourth crash (of b) gives up")
    void oneListForAllChildren() throws Exception {
        int restarts = crashes(Flags.of(Strategy.ONE_FOR_ONE), List.of(Worker.of("a").spec(), Worker.of("b").spec()),
                Duration.ofMillis(200), "a", "b", "a", "b");
        assertThat(restarts).as(SECTION_5_2).isEqualTo(3);
    }

    @Test
    @Tag("kata-5.1")
    @DisplayName("5.1 the window slides: under 3 in 1 s, a crash every 1.2 s is restarted forever (10 crashes, 10 restarts)")
    void aSlowLoopNeverTrips() throws Exception {
        int restarts = crashes(Flags.of(Strategy.ONE_FOR_ONE).intensity(3, 1), List.of(Worker.of("w").spec()),
                Duration.ofMillis(1200), "w", "w", "w", "w", "w", "w", "w", "w", "w", "w");
        assertThat(restarts).as("still running " + SECTION).isEqualTo(-1);
        assertThat(restartsSeen()).as("restarts " + SECTION).isEqualTo(10);
    }

    @Test
    @Tag("kata-5.1")
    @DisplayName("5.1 the for-ever interval on a supervisor: under 3 in 5, a crash every restartsForEverFrom, from .0 or .9 of a second, is restarted 60 times in a row")
    void theForEverIntervalOnASupervisor() throws Exception {
        var flags = Flags.of(Strategy.ONE_FOR_ONE);
        var every = RestartIntensity.restartsForEverFrom(flags);
        assertThat(crashes(flags, List.of(Worker.of("first").spec()), every, Collections.nCopies(60, "first").toArray(String[]::new)))
                .as("still running, from .0 " + SECTION).isEqualTo(-1);
        clock.advance(Duration.ofMillis(900));
        assertThat(crashes(flags, List.of(Worker.of("second").spec()), every, Collections.nCopies(60, "second").toArray(String[]::new)))
                .as("still running, from .9 " + SECTION).isEqualTo(-1);
        assertThat(restartsSeen()).as("restarts " + SECTION).isEqualTo(120);
    }

    @Test
    @Tag("kata-5.2") // it gives up, which is kata 5.2
    @DisplayName("5.2 one nanosecond faster than the for-ever interval: under 3 in 5, a crash every 2 s less 1 ns gives up at the fourth")
    void justFasterThanForEverGivesUp() throws Exception {
        int restarts = crashes(Flags.of(Strategy.ONE_FOR_ONE), List.of(Worker.of("w").spec()), Duration.ofSeconds(2).minusNanos(1),
                "w", "w", "w", "w");
        assertThat(restarts).as("the crashes fall in seconds 0, 1, 3 and 5: one window of 5 " + SECTION_5_2).isEqualTo(3);
    }

    @Test
    @Tag("kata-5.2") // it gives up, which is kata 5.2
    @DisplayName("5.2 the window slides with each restart: under 3 in 5 s, crashes at 0, 4, 5.5, 6 and 6.5 s give up at the fifth")
    void theWindowSlidesWithEachRestart() throws Exception {
        var times = List.of(0, 4000, 5500, 6000, 6500).stream().map(Duration::ofMillis).toList();
        int restarts = crashesAt(Flags.of(Strategy.ONE_FOR_ONE), List.of(Worker.of("w").spec()), times, List.of("w", "w", "w", "w", "w"));
        assertThat(restarts).as("the restarts at seconds 4, 5, 6 and 6 lie inside one window of 5 s; a window that starts"
                + " afresh once its oldest restart has left it (Pekko's) forgets them " + SECTION_5_2).isEqualTo(4);
    }

    @Test
    @Tag("kata-5.2") // it gives up, which is kata 5.2
    @DisplayName("5.2 max 0: the first crash of a permanent child gives up")
    void maxZero() throws Exception {
        assertThat(crashes(Flags.of(Strategy.ONE_FOR_ONE).intensity(0, 5), List.of(Worker.of("w").spec()), Duration.ZERO, "w"))
                .as(SECTION_5_2).isEqualTo(0);
    }

    // tag::whole-seconds-test[]
    @Test
    @Tag("kata-5.2") // it gives up, which is kata 5.2
    @DisplayName("5.2 whole seconds: under 1 in 1 s, two crashes 1.2 s apart give up when the first falls at .1 of a second")
    void wholeSecondsEarlyInTheSecond() throws Exception {
        clock.advance(Duration.ofMillis(100)); // the clock starts on a whole second
        int restarts = crashes(Flags.of(Strategy.ONE_FOR_ONE).intensity(1, 1), List.of(Worker.of("w").spec()),
                Duration.ofMillis(1200), "w", "w");
        assertThat(restarts).as("seconds S and S+1 are both inside a window of 1 " + SECTION_5_2).isEqualTo(1);
    }

    @Test
    @Tag("kata-5.1")
    @DisplayName("5.1 whole seconds: the same two crashes survive when the first falls at .9 of a second")
    void wholeSecondsLateInTheSecond() throws Exception {
        clock.advance(Duration.ofMillis(900));
        int restarts = crashes(Flags.of(Strategy.ONE_FOR_ONE).intensity(1, 1), List.of(Worker.of("w").spec()),
                Duration.ofMillis(1200), "w", "w");
        assertThat(restarts).as("seconds S and S+2: the first has left the window " + SECTION).isEqualTo(-1);
    }
    // end::whole-seconds-test[]
}
