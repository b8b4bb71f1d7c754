package letitcrash.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import letitcrash.bench.StorageTable.Round;
import letitcrash.bench.Writes.Rate;

/**
 * Measures the stores of chapters 9 and 10 on one disk, in one run, beside a baseline of
 * one forced write per acknowledgement, and prints a table: the file store's and SQLite's
 * acknowledged writes per second, the journal's with one writer and with many (group
 * commit), and the time a wallet takes to replay a million events, with and without a
 * snapshot.
 *
 * <p>Method. Every write case writes for a fixed time in a fresh folder and counts the writes
 * that returned. The time a disk takes to force a write changes from one second to the next
 * when other work shares it (on the machine of the README, by three times and more), so a
 * round does not run each case once for its whole time: it makes several passes over all
 * the cases, each case writing for a slice of its time in each pass, in an order that turns
 * by one from pass to pass, and adds up each case's slices. Every case so samples the same
 * moments of the disk, and their ratios hold much steadier than their rates. Then the round
 * runs the replays. Warm-up rounds run a quarter of the time. Each figure is the median of
 * the measured rounds with its range; each ratio is computed round by round, as in
 * {@link Messaging}. Each slice writes in a new folder, deleted after it.
 *
 * <p>Sizes and places come from system properties: {@code bench.rounds}, {@code bench.warmups},
 * {@code bench.millis} (each write case, per round), {@code bench.slices} (passes per round),
 * {@code bench.writers}, {@code bench.more} (a second count of writers; 0: none), {@code bench.events},
 * {@code bench.dir} (where the temporary folder goes: the disk measured). Nothing asserts
 * but the replay's balance, which stops the run if a wallet starts on the wrong state.
 */
public final class Storage {

    /** The target: with 16 writers, the journal acknowledges at least 20 times SQLite's commits. */
    private static final double TARGET = 20;

    private Storage() {}

    public static void main(String[] args) throws Exception {
        int warmups = Integer.getInteger("bench.warmups", 2);
        int rounds = Integer.getInteger("bench.rounds", 5);
        var time = Duration.ofMillis(Long.getLong("bench.millis", 2_000));
        int slices = Integer.getInteger("bench.slices", 4);
        int writers = Integer.getInteger("bench.writers", 16);
        int more = Integer.getInteger("bench.more", 64); // more writers, to see what bounds group commit; 0: none
        int events = Integer.getInteger("bench.events", 1_000_000);
        var parent = Path.of(System.getProperty("bench.dir", System.getProperty("java.io.tmpdir")));
        var folder = Files.createTempDirectory(parent, "letitcrash-storage-");
        try {
            System.out.printf("Java %s, %d cores, max heap %,d MiB; %d warm-up + %d measured rounds, each write case %d ms"
                    + " per round in %d slices%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                    Runtime.getRuntime().maxMemory() >> 20, warmups, rounds, time.toMillis(), slices);
            System.out.println(Disks.describe(folder));
            double loadAtStart = loadAverage();
            long began = System.nanoTime();
            var prepared = Replay.prepare(Files.createDirectory(folder.resolve("replay")), events);
            System.out.println(describe(prepared));
            var measured = new ArrayList<Round>();
            for (int round = -warmups; round < rounds; round++) {
                var caseTime = round < 0 ? time.dividedBy(4) : time;
                var result = round(folder, round, caseTime.dividedBy(slices), slices, writers, more, prepared);
                System.out.println(round < 0 ? "warm-up round done" : "round %d of %d done".formatted(round + 1, rounds));
                if (round >= 0) {
                    measured.add(result);
                }
            }
            System.out.println();
            new StorageTable(measured, writers, more, prepared, TARGET).print(System.out);
            System.out.printf("%nwhole run: %.0f s; load average %.1f at the start, %.1f at the end"
                    + " (above %d, the core count, means other work shared the CPUs)%n",
                    (System.nanoTime() - began) / 1e9, loadAtStart, loadAverage(), Runtime.getRuntime().availableProcessors());
        } finally {
            deleteAll(folder);
        }
    }

    /**
     * One round: {@code slices} passes over the write cases, each case writing for {@code time}
     * in each pass, in an order turned by the pass; then the replays. A case's rate in the
     * round is over all its slices together.
     */
    private static Round round(Path folder, int round, Duration time, int slices, int writers, int more,
                               Replay.Prepared prepared) throws Exception {
        var cases = new ArrayList<Case>(List.of(
                dir -> Writes.baseline(dir, time),
                dir -> Writes.fileStore(dir, time),
                dir -> Writes.sqlite(dir, time),
                dir -> Writes.journal(dir, 1, time),
                dir -> Writes.journal(dir, writers, time)));
        if (more > 0) {
            cases.add(dir -> Writes.journal(dir, more, time));
        }
        var rates = new Rate[cases.size()];
        for (int pass = 0; pass < slices; pass++) {
            for (int i = 0; i < cases.size(); i++) {
                int which = Math.floorMod(i + round * slices + pass, cases.size());
                System.gc();
                var dir = Files.createTempDirectory(folder, "case-" + which + "-");
                try {
                    var rate = cases.get(which).run(dir);
                    rates[which] = rates[which] == null ? rate : rates[which].plus(rate);
                } finally {
                    deleteAll(dir);
                }
            }
        }
        var replay = Replay.measure(prepared);
        return new Round(rates[0], rates[1], rates[2], rates[3], rates[4], more > 0 ? rates[5] : null, replay);
    }

    /** A write case: it writes in {@code folder}, which is new and empty, and says how fast. */
    @FunctionalInterface
    private interface Case {
        Rate run(Path folder) throws Exception;
    }

    /** What the replay's journal holds, and how it was made. */
    private static String describe(Replay.Prepared prepared) throws Exception {
        return ("the replay's journal: %,d events of one wallet, %,.1f MB; the first %,d written straight into the file,"
                + " the last %,d appended through the wallet; its last snapshot is after event %,d (one every %,d)")
                .formatted(prepared.events(), Files.size(prepared.journal()) / 1e6, prepared.written(),
                        prepared.events() - prepared.written(), prepared.snapshotSeq(), Replay.EVERY);
    }

    /** The system's load average over the last minute, or -1 where there is none. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static void deleteAll(Path folder) throws Exception {
        try (var paths = Files.walk(folder)) {
            for (var path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
