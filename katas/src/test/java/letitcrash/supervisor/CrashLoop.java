package letitcrash.supervisor;

import java.time.Duration;
import java.util.List;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.TraceEvent;
import letitcrash.time.ManualClock;

/**
 * A crash loop on the manual clock: a supervisor with Elixir's default intensity (3 restarts
 * in 5 s) and one worker, the wallet, which crashes once every {@code every} for
 * {@code span}. When the supervisor gives up, the loop starts a new one at the next tick, as
 * an operator would, so a long span keeps counting.
 */
final class CrashLoop {

    /** What happened: the counts, and the supervisor's events (one line each) second by second. */
    record Outcome(int crashes, int restarts, int giveUps, List<String> lines) {
        String summary(Duration every) {
            return "a crash every " + every.toSeconds() + " s for an hour: " + crashes + " crashes, " + restarts
                    + " restarts, " + giveUps + " give-ups";
        }
    }

    /** Marks in the trace the second at which the loop crashes the wallet. */
    record Tick(long second) implements TraceEvent {
        @Override
        public String line() {
            return "@" + second;
        }
    }

    private CrashLoop() {}

    static Outcome run(Duration every, Duration span) throws Exception {
        var clock = new ManualClock();
        try (var node = Node.start(clock)) {
            return node.run(() -> {
                Pid supervisor = null;
                for (long at = 0; at < span.toNanos(); at += every.toNanos()) {
                    if (at > 0) {
                        clock.advance(every);
                    }
                    Proc.record(new Tick(Duration.ofNanos(at).toSeconds()));
                    if (supervisor == null || !node.isAlive(supervisor)) {
                        supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(Worker.of("wallet").spec()));
                    }
                    Tree.end(supervisor, "wallet", Worker.CRASH);
                }
                if (node.trace().dropped() > 0) {
                    throw new IllegalStateException("the trace dropped lines: make the span shorter");
                }
                return outcome(node.trace().events());
            });
        }
    }

    private static Outcome outcome(List<TraceEvent> events) {
        var kept = events.stream().filter(e -> e instanceof Tick || e instanceof SupervisorEvent).toList();
        return new Outcome((int) kept.stream().filter(Tick.class::isInstance).count(),
                (int) kept.stream().filter(SupervisorEvent.Restarting.class::isInstance).count(),
                (int) kept.stream().filter(SupervisorEvent.GaveUp.class::isInstance).count(),
                kept.stream().map(TraceEvent::line).toList());
    }
}
