package letitcrash.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures the runtime's messaging beside a baseline of plain virtual threads with a
 * {@link java.util.concurrent.LinkedBlockingQueue} each, in one run, and prints a table.
 *
 * <p>Method. A few warm-up rounds let the JIT compile both sides' hot paths; then each
 * measured round takes every measurement on both sides, back to back, alternating which
 * side goes first so that a drift in the machine (a background job, a growing heap) does
 * not always favour the same side. The table shows, for each figure, the median over the
 * measured rounds and its range, and the ratio runtime/baseline computed round by round:
 * both sides of one round ran under the same conditions, so their ratio is steadier than
 * either figure alone.
 *
 * <p>Sizes come from system properties ({@code -Dbench.rounds=5}, {@code bench.warmups},
 * {@code bench.spawns}); the defaults are the ones the README's table was made with.
 * Nothing here asserts: a benchmark that fails a build on a noisy machine teaches nothing.
 */
public final class Messaging {

    private static final int ROUND_TRIPS = 500_000;
    private static final int SENDERS = 100;
    private static final int PER_SENDER = 50_000;

    private Messaging() {}

    public static void main(String[] args) throws Exception {
        int warmups = Integer.getInteger("bench.warmups", 2);
        int rounds = Integer.getInteger("bench.rounds", 5);
        int spawns = Integer.getInteger("bench.spawns", 1_000_000);
        var runtime = new OnRuntime();
        var baseline = new OnThreads();
        List<Subject.Figures> onRuntime = new ArrayList<>(), onBaseline = new ArrayList<>();

        System.out.printf("Java %s, %d cores, max heap %,d MiB; %d warm-up + %d measured rounds%n",
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, warmups, rounds);
        double loadAtStart = loadAverage();
        long began = System.nanoTime();
        for (int round = -warmups; round < rounds; round++) {
            boolean runtimeFirst = Math.floorMod(round, 2) == 0;
            // Warm-up spawns fewer: compiling the spawn path needs no million threads.
            int size = round < 0 ? spawns / 10 : spawns;
            var first = measure(runtimeFirst ? runtime : baseline, size);
            var second = measure(runtimeFirst ? baseline : runtime, size);
            System.out.println(round < 0 ? "warm-up round done" : "round %d of %d done".formatted(round + 1, rounds));
            if (round >= 0) {
                onRuntime.add(runtimeFirst ? first : second);
                onBaseline.add(runtimeFirst ? second : first);
            }
        }
        System.out.println();
        new Table(onRuntime, onBaseline, SENDERS, spawns).print(System.out);
        System.out.printf("%nwhole run: %.0f s; load average %.1f at the start, %.1f at the end"
                + " (above %d, the core count, means other work shared the CPUs)%n",
                (System.nanoTime() - began) / 1e9, loadAtStart, loadAverage(),
                Runtime.getRuntime().availableProcessors());
    }

    /** The system's load average over the last minute, or -1 where there is none. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static Subject.Figures measure(Subject subject, int spawns) throws Exception {
        try {
            return subject.measure(ROUND_TRIPS, SENDERS, PER_SENDER, spawns);
        } catch (Exception failed) {
            throw new IllegalStateException("the " + subject.name() + " side failed: " + failed, failed);
        }
    }
}
