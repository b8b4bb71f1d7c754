package letitcrash.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;
import letitcrash.testing.Approved;
import letitcrash.time.ManualClock;
import letitcrash.wallet.Wallet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Case 3: crashes at random intervals. For each limit (restarts in 5 s), ten seeded hours of
 * ordinary noise (a healthy wallet crashed by a bad input about once a minute) and ten of a
 * crash loop (a poisoned wallet asked its balance about every 20 s). A limit that never gives
 * up on the noise and always stops the loop would separate them; none does.
 */
@Tag("ch06")
@Timeout(value = 2, unit = TimeUnit.MINUTES)
@DisplayName("Case 3: crashes at random intervals")
class RandomCrashesTest {

    static final int SEEDS = 10;
    static final List<Integer> LIMITS = List.of(1, 2, 3, 5, 8);

    /** Whether the supervisor gave up within the hour: requests at random intervals of the given mean. */
    // tag::random-run[]
    static boolean givesUp(int maxRestarts, long seed, boolean poisoned, Duration mean) throws Exception {
        var clock = new ManualClock();
        var random = new SplittableRandom(seed);
        try (var node = Node.start(clock)) {
            return node.run(() -> {
                Rig.backup();
                Pid supervisor = Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE).intensity(maxRestarts, 5),
                        List.of(new RestoredWallet("wallet").spec()));
                if (poisoned) {
                    Wallet.deposit(Rig.whereis("wallet"), "0.001");
                }
                for (long at = 0; at < Duration.ofHours(1).toMillis(); ) {
                    long wait = Math.round(-Math.log(1 - random.nextDouble()) * mean.toMillis()); // exponential
                    clock.advance(Duration.ofMillis(wait));
                    at += wait;
                    if (poisoned) {
                        Rig.balance("wallet");
                        Rig.settle(supervisor);
                    } else {
                        Rig.crash(supervisor, "wallet", new Wallet.Deposit("not a number"));
                    }
                    if (!node.isAlive(supervisor)) {
                        return true;
                    }
                }
                return false;
            });
        }
    }
    // end::random-run[]

    private static int hoursGivenUp(int limit, boolean poisoned, Duration mean) throws Exception {
        int count = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            count += givesUp(limit, seed, poisoned, mean) ? 1 : 0;
        }
        return count;
    }

    /** One limit's outcome: how many of the seeded hours ended in a give-up, for the noise and for the loop. */
    record Row(int limit, int noise, int loop) {}

    private static List<Row> rows;

    /** The runs, once per test class: both tests read them. */
    static synchronized List<Row> rows() throws Exception {
        if (rows == null) {
            var measured = new ArrayList<Row>();
            for (int limit : LIMITS) {
                measured.add(new Row(limit, hoursGivenUp(limit, false, Duration.ofSeconds(60)),
                        hoursGivenUp(limit, true, Duration.ofSeconds(20))));
            }
            rows = List.copyOf(measured);
        }
        return rows;
    }

    // tag::random-test[]
    @Test
    @DisplayName("case 3: no limit both tolerates the noise and stops the loop")
    void noLimitSeparatesNoiseFromALoop() throws Exception {
        assertThat(rows()).as("limits that never give up on the noise and always stop the loop")
                .noneMatch(row -> row.noise() == 0 && row.loop() == SEEDS);
        var table = new StringBuilder("|max restarts in 5 s |hours of noise given up on (of 10) |hours of crash loop stopped (of 10)\n");
        rows().forEach(row -> table.append('|').append(row.limit()).append(" |").append(row.noise())
                .append(" |").append(row.loop()).append('\n'));
        Approved.verify(table.toString());
    }
    // end::random-test[]

    @Test
    @DisplayName("case 3's plot: for each limit, a bar for the noise given up on and one for the loop stopped")
    void plot() throws Exception {
        var svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"460\" height=\"200\" font-family=\"sans-serif\" font-size=\"12\">\n")
                .append("<text x=\"10\" y=\"16\">hours given up, of 10: noise (red, should be 0), loop (blue, should be 10)</text>\n");
        int x = 40;
        for (var row : rows()) {
            svg.append(bar(x, row.noise(), "#d9534f")).append(bar(x + 22, row.loop(), "#337ab7"))
                    .append("<text x=\"").append(x + 8).append("\" y=\"190\">").append(row.limit()).append(" in 5 s</text>\n");
            x += 84;
        }
        Approved.verify(svg.append("<line x1=\"30\" y1=\"170\" x2=\"450\" y2=\"170\" stroke=\"black\"/>\n</svg>\n").toString());
    }

    private static String bar(int x, int hours, String colour) {
        int height = hours * 14;
        return "<rect x=\"" + x + "\" y=\"" + (170 - height) + "\" width=\"20\" height=\"" + height + "\" fill=\"" + colour + "\"/>"
                + "<text x=\"" + (x + 5) + "\" y=\"" + (165 - height) + "\">" + hours + "</text>\n";
    }
}
