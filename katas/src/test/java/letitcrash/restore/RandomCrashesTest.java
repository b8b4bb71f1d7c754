package letitcrash.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;
import letitcrash.testing.Approved;
import letitcrash.testing.BookTable;
import letitcrash.time.ManualClock;
import letitcrash.wallet.Wallet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Case 3: crashes at random intervals, over a grid of limits (max restarts in a window).
 * For each limit, ten seeded hours of each: ordinary noise (a healthy wallet crashed by a
 * bad input about once a minute); the same noise with a burst (a client retrying a rejected
 * deposit 20 times, every 3 s, at minute 30); and a crash loop (a poisoned wallet asked its
 * balance about every 20 s). All on the manual clock, so every run gives the same table.
 */
@Tag("ch06")
@Timeout(value = 2, unit = TimeUnit.MINUTES)
@DisplayName("Case 3: crashes at random intervals")
class RandomCrashesTest {

    static final int SEEDS = 10;
    static final List<Integer> MAX_RESTARTS = List.of(3, 5, 10, 15, 20);
    static final List<Integer> WINDOWS = List.of(5, 60, 300, 600);
    static final Duration HOUR = Duration.ofHours(1);
    static final Duration NOISE = Duration.ofSeconds(60);
    static final Duration LOOP = Duration.ofSeconds(20);

    // tag::random-times[]
    /** The instants of the hour, in ms, at which something hurts the wallet: exponential intervals of mean {@code mean}. */
    static List<Long> times(long seed, Duration mean) {
        var random = new SplittableRandom(seed);
        var times = new ArrayList<Long>();
        for (long at = 0; (at += Math.round(-Math.log(1 - random.nextDouble()) * mean.toMillis())) < HOUR.toMillis(); ) {
            times.add(at);
        }
        return times;
    }

    /** {@code times} and, at minute 30, a client retrying a rejected deposit 20 times, every 3 s. */
    static List<Long> withBurst(List<Long> times) {
        var all = new ArrayList<>(times);
        for (int retry = 0; retry < 20; retry++) {
            all.add(Duration.ofMinutes(30).plusSeconds(3L * retry).toMillis());
        }
        all.sort(null);
        return all;
    }
    // end::random-times[]

    /** How a seeded hour ended: when the supervisor gave up, if it did, and what the backup held then. */
    record Hour(Optional<Duration> stoppedAt, Optional<Object> backupHolds) {}

    // tag::random-run[]
    static Hour hour(Flags limit, List<Long> times, boolean poisoned) throws Exception {
        var clock = new ManualClock();
        try (var node = Node.start(clock)) {
            return node.run(() -> {
                Rig.backup();
                Pid supervisor = Supervisor.start(limit, List.of(new RestoredWallet("wallet").spec()));
                if (poisoned) {
                    Wallet.deposit(Rig.whereis("wallet"), "0.001");
                }
                long now = 0;
                for (long at : times) {
                    clock.advance(Duration.ofMillis(at - now));
                    now = at;
                    if (poisoned) {
                        Rig.balance("wallet"); // the restored poison crashes every call
                        Rig.settle(supervisor);
                    } else {
                        Rig.crash(supervisor, "wallet", new Wallet.Deposit("not a number"));
                    }
                    if (!node.isAlive(supervisor)) {
                        return new Hour(Optional.of(Duration.ofMillis(at)), Backup.fetch("wallet"));
                    }
                }
                return new Hour(Optional.empty(), Backup.fetch("wallet"));
            });
        }
    }
    // end::random-run[]

    /**
     * One limit's ten hours of each kind. {@code loopStops} holds when each stopped loop was
     * stopped; {@code poisonKept} counts the stops after which the backup still held the
     * poison; {@code slowLoopAsNoise} says whether a loop asked at the noise's rate was
     * stopped in exactly the hours, and at the instants, the noise was given up on.
     */
    record Cell(int maxRestarts, int window, int noise, int burst, List<Duration> loopStops, int poisonKept,
            boolean slowLoopAsNoise) {

        boolean separates() {
            return noise == 0 && loopStops.size() == SEEDS;
        }

        Duration longestLoop() {
            return loopStops.size() < SEEDS ? HOUR : loopStops.stream().max(Duration::compareTo).orElseThrow();
        }
    }

    private static final Wallet.State POISON = new Wallet.State(new java.math.BigDecimal("0.001"));
    private static List<Cell> grid;

    /** The runs, once per test class: every test reads them. */
    static synchronized List<Cell> grid() throws Exception {
        if (grid == null) {
            var cells = new ArrayList<Cell>();
            for (int window : WINDOWS) {
                for (int maxRestarts : MAX_RESTARTS) {
                    cells.add(cell(Flags.of(Strategy.ONE_FOR_ONE).intensity(maxRestarts, window)));
                }
            }
            grid = List.copyOf(cells);
        }
        return grid;
    }

    private static Cell cell(Flags limit) throws Exception {
        int noise = 0, burst = 0, poisonKept = 0;
        boolean slowLoopAsNoise = true;
        var loopStops = new ArrayList<Duration>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            var healthy = hour(limit, times(seed, NOISE), false);
            noise += healthy.stoppedAt().isPresent() ? 1 : 0;
            burst += hour(limit, withBurst(times(seed, NOISE)), false).stoppedAt().isPresent() ? 1 : 0;
            var loop = hour(limit, times(seed, LOOP), true);
            loop.stoppedAt().ifPresent(loopStops::add);
            poisonKept += loop.stoppedAt().isPresent() && loop.backupHolds().equals(Optional.of(POISON)) ? 1 : 0;
            slowLoopAsNoise &= hour(limit, times(seed, NOISE), true).stoppedAt().equals(healthy.stoppedAt());
        }
        return new Cell(limit.maxRestarts(), limit.maxSeconds(), noise, burst, List.copyOf(loopStops), poisonKept,
                slowLoopAsNoise);
    }

    // tag::random-test[]
    @Test
    @DisplayName("case 3: every stop leaves the poison in the backup, and a loop at the noise's rate is treated as the noise")
    void theGrid() throws Exception {
        var cells = grid();
        assertThat(cells).as("stops after which the backup still held the poison, of the loops stopped")
                .allMatch(cell -> cell.poisonKept() == cell.loopStops().size());
        assertThat(cells).as("a loop asked about once a minute, stopped exactly when the noise was given up on")
                .allMatch(Cell::slowLoopAsNoise);
        BookTable.verify("2,2,2,2,3,2", List.of("limit", "noise: hours given up on", "noise and a burst: hours given up on",
                "crash loop: hours stopped", "how long the loop ran before the stop", "poison still in the backup after the stop"),
                cells.stream().<List<?>>map(RandomCrashesTest::row).toList());
    }

    @Test
    @DisplayName("case 3: the limits that ride out the noise and stop the loop let it run for minutes, and a burst trips them")
    void everyLimitThatSeparatesPaysForIt() throws Exception {
        var separating = grid().stream().filter(Cell::separates).toList();
        assertThat(separating).as("limits that never give up on the noise and stop the loop every hour")
                .extracting(cell -> cell.maxRestarts() + " in " + cell.window()).contains("15 in 300", "20 in 600");
        assertThat(separating).as("the burst trips each of them").allMatch(cell -> cell.burst() > 0);
        assertThat(separating).as("each lets the loop run more than 5 minutes in some hour")
                .allMatch(cell -> cell.longestLoop().compareTo(Duration.ofMinutes(5)) > 0);
        assertThat(grid()).as("limits that ride out the noise and the burst, and stop the loop every hour")
                .noneMatch(cell -> cell.noise() == 0 && cell.burst() == 0 && cell.loopStops().size() == SEEDS);
    }
    // end::random-test[]

    private static List<Object> row(Cell cell) {
        var stops = cell.loopStops();
        var shortest = stops.stream().min(Duration::compareTo);
        var longest = stops.stream().max(Duration::compareTo);
        String ran = stops.isEmpty() ? "the whole hour, every hour"
                : minutes(shortest.orElseThrow()) + (shortest.equals(longest) ? "" : " to " + minutes(longest.orElseThrow()))
                        + (stops.size() < SEEDS ? " (" + (SEEDS - stops.size()) + " ran the whole hour)" : "");
        return List.of(cell.maxRestarts() + " in " + cell.window() + " s", cell.noise() + " of " + SEEDS,
                cell.burst() + " of " + SEEDS, stops.size() + " of " + SEEDS, ran,
                stops.isEmpty() ? "-" : cell.poisonKept() + " of " + stops.size());
    }

    private static String minutes(Duration d) {
        return d.equals(HOUR) ? "60:00" : "%d:%02d".formatted(d.toMinutes(), d.toSecondsPart());
    }

    @Test
    @DisplayName("case 3's plot: for each limit, the longest the loop ran, coloured by what the limit does to healthy hours")
    void plot() throws Exception {
        var svg = new StringBuilder("""
                <svg xmlns="http://www.w3.org/2000/svg" width="660" height="310" viewBox="0 0 660 310" font-family="sans-serif" font-size="12">
                <text x="10" y="16">How long a crash loop ran before its supervisor stopped it: the longest of 10 seeded hours</text>
                <text x="10" y="32">(a bar to 60 min: in some hour it was not stopped at all)</text>
                <rect x="10" y="42" width="12" height="12" fill="#d9534f"/><text x="26" y="53">gives up on healthy noise</text>
                <rect x="190" y="42" width="12" height="12" fill="#f0ad4e"/><text x="206" y="53">rides out the noise, not the burst</text>
                <rect x="420" y="42" width="12" height="12" fill="#5cb85c"/><text x="436" y="53">rides out both</text>
                """);
        for (int minute = 0; minute <= 60; minute += 15) {
            int y = 260 - minute * 3;
            svg.append("<line x1=\"50\" y1=\"%d\" x2=\"640\" y2=\"%d\" stroke=\"#dddddd\"/><text x=\"10\" y=\"%d\">%d min</text>\n"
                    .formatted(y, y, y + 4, minute));
        }
        int x = 60;
        for (int window : WINDOWS) {
            svg.append("<text x=\"%d\" y=\"300\">in %d s</text>\n".formatted(x + 45, window));
            for (var cell : grid().stream().filter(c -> c.window() == window).toList()) {
                int height = (int) Math.round(cell.longestLoop().toSeconds() / 20.0); // 3 px a minute
                String colour = cell.noise() > 0 ? "#d9534f" : cell.burst() > 0 ? "#f0ad4e" : "#5cb85c";
                svg.append("<rect x=\"%d\" y=\"%d\" width=\"20\" height=\"%d\" fill=\"%s\"/><text x=\"%d\" y=\"280\">%d</text>\n"
                        .formatted(x, 260 - height, height, colour, x + 2, cell.maxRestarts()));
                x += 26;
            }
            x += 14;
        }
        svg.append("<text x=\"8\" y=\"280\">restarts</text>\n<line x1=\"50\" y1=\"260\" x2=\"640\" y2=\"260\" stroke=\"black\"/>\n</svg>\n");
        Approved.verifySvg(svg.toString());
    }
}
