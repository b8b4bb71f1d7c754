package letitcrash.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.TraceEvent;
import letitcrash.supervisor.SupervisorEvent;
import letitcrash.testing.Approved;
import letitcrash.time.ManualClock;
import letitcrash.wallet.Wallet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Case 2: under the real default intensity (3 restarts in 5 s), a poisoned wallet asked its
 * balance once every 5 s crashes on every call of a simulated day, and its supervisor never
 * gives up: no 5 s window ever holds more than one restart.
 */
@Tag("ch06")
@Timeout(value = 2, unit = TimeUnit.MINUTES)
@DisplayName("Case 2: a crash every 5 s, for ever")
class ForeverTest {

    static final Duration EVERY = Duration.ofSeconds(5);
    static final Duration DAY = Duration.ofDays(1);

    /** Marks in the trace the second at which the loop asks the balance. */
    record Tick(long second) implements TraceEvent {
        @Override
        public String line() {
            return "@" + second + " s: balance?";
        }
    }

    record Day(int calls, int crashes, int giveUps, List<String> lines) {}

    // tag::forever-run[]
    static Day callsEvery(Duration every, Duration span) throws Exception {
        var clock = new ManualClock();
        try (var node = Node.start(clock)) {
            return node.run(() -> {
                Rig.backup();
                Pid supervisor = Rig.wallets(List.of(new RestoredWallet("wallet").spec()));
                Wallet.deposit(Rig.whereis("wallet"), "0.001"); // the poison, once
                int calls = 0, crashes = 0, giveUps = 0;
                for (long at = 0; at < span.toNanos(); at += every.toNanos(), clock.advance(every)) {
                    if (!node.isAlive(supervisor)) {
                        giveUps++;
                        supervisor = Rig.wallets(List.of(new RestoredWallet("wallet").spec()));
                    }
                    Proc.record(new Tick(Duration.ofNanos(at).toSeconds()));
                    calls++;
                    crashes += Rig.balance("wallet").startsWith("crashed") ? 1 : 0;
                    Rig.settle(supervisor);
                }
                var lines = node.trace().events().stream().filter(ForeverTest::shown).map(TraceEvent::line).toList();
                return new Day(calls, crashes, giveUps, lines);
            });
        }
    }
    // end::forever-run[]

    private static boolean shown(TraceEvent event) {
        return event instanceof Tick || event instanceof SupervisorEvent || event instanceof BackupEvent;
    }

    // tag::forever-test[]
    @Test
    @DisplayName("case 2: a day of calls every 5 s under 3 restarts in 5 s: 17,280 crashes, no give-up")
    void aDayOfCrashes() throws Exception {
        var day = callsEvery(EVERY, DAY);
        assertThat(day.crashes()).isEqualTo(day.calls()).isEqualTo(17_280);
        assertThat(day.giveUps()).isZero();
        var minute = callsEvery(EVERY, Duration.ofMinutes(1));
        Approved.verify("a call every 5 s for a day: " + day.calls() + " calls, " + day.crashes() + " crashes, "
                + day.giveUps() + " give-ups\nthe first minute:\n" + String.join("\n", minute.lines()) + "\n");
    }
    // end::forever-test[]
}
