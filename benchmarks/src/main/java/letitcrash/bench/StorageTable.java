package letitcrash.bench;

import static letitcrash.bench.Table.spread;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import letitcrash.bench.Writes.Rate;

/**
 * The storage benchmark's table: for each figure the median over the measured rounds with
 * its range, and its ratio to the baseline taken in the same round. A rate's ratio is the
 * rate over the baseline's; a time's is how many baseline writes (each one forced write)
 * would take as long.
 */
final class StorageTable {

    /** One measured round: the write cases ({@code journalMore} null if not run) and the replays. */
    record Round(Rate baseline, Rate fileStore, Rate sqlite, Rate journalOne, Rate journalMany, Rate journalMore,
                 Replay.Times replay) {}

    /** How a row is compared with the baseline. */
    private enum Versus { RATE, TIME, NONE }

    private record Row(String what, String unit, ToDoubleFunction<Round> figure, Versus versus) {}

    private final List<Round> rounds;
    private final int writers;
    private final double target;
    private final List<Row> rows;

    StorageTable(List<Round> rounds, int writers, int more, Replay.Prepared prepared, double target) {
        this.rounds = rounds;
        this.writers = writers;
        this.target = target;
        var rows = new ArrayList<>(List.of(
                new Row("5 baseline: append, force(false)", "acks/s", r -> r.baseline().perSecond(), Versus.RATE),
                new Row("    time per ack", "ms", r -> 1e3 / r.baseline().perSecond(), Versus.NONE),
                new Row("1 file store: temp, force, rename, force dir", "acks/s", r -> r.fileStore().perSecond(), Versus.RATE),
                new Row("2 SQLite via SqlStore, WAL, synchronous=FULL", "commits/s", r -> r.sqlite().perSecond(), Versus.RATE)));
        rows.addAll(journal("3 journal, 1 writer", Round::journalOne));
        rows.addAll(journal("  journal, %d writers".formatted(writers), Round::journalMany));
        if (more > 0) {
            rows.addAll(journal("  journal, %d writers".formatted(more), Round::journalMore));
        }
        rows.addAll(List.of(
                new Row("4 replay %,d events, no snapshot".formatted(prepared.events()), "ms", r -> r.replay().replayAll(), Versus.TIME),
                new Row("    of which the journal's read", "ms", r -> r.replay().read(), Versus.TIME),
                new Row("  replay from a snapshot %,d before the end".formatted(prepared.events() - prepared.snapshotSeq()),
                        "ms", r -> r.replay().replayFromSnapshot(), Versus.TIME),
                new Row("  the journal's own start (recovery scan)", "ms", r -> r.replay().journalStart(), Versus.TIME)));
        this.rows = List.copyOf(rows);
    }

    /** A journal case's rows: its rate, and what its forces carried and took. */
    private static List<Row> journal(String what, Function<Round, Rate> rate) {
        return List.of(
                new Row(what, "acks/s", r -> rate.apply(r).perSecond(), Versus.RATE),
                new Row("    acks per force", "", r -> rate.apply(r).acksPerForce(), Versus.NONE),
                new Row("    time per force", "ms", r -> rate.apply(r).millisPerForce(), Versus.NONE));
    }

    void print(PrintStream out) {
        var format = "%-46s %-10s %-26s %s%n";
        out.printf(format, "figure", "unit", "median [min-max]", "vs baseline");
        for (var row : rows) {
            double[] values = rounds.stream().mapToDouble(row.figure()).toArray();
            out.printf(format, row.what(), row.unit(), spread(values, number(values)), versus(row));
        }
        out.printf("(median [min-max] of %d rounds; vs baseline: a rate as a multiple of the baseline's, a time as the"
                + " number of baseline acks that take as long, each computed round by round)%n", rounds.size());
        double[] ratios = rounds.stream().mapToDouble(r -> r.journalMany().perSecond() / r.sqlite().perSecond()).toArray();
        double median = median(ratios);
        out.printf("%ntarget: with %d writers the journal acknowledges at least %.0f times SQLite's per-commit rate:"
                + " %s times, %s%n", writers, target, spread(ratios, "%.1f"),
                median >= target ? "met" : "NOT met (%.0f%% of it)".formatted(100 * median / target));
        out.println("round by round (the disk's pace moves all of them):");
        for (var r : rounds) {
            out.printf("  baseline %,6.0f acks/s   SQLite %,6.0f commits/s (%.2f of the baseline)   journal x%d %,7.0f acks/s"
                    + "   journal/SQLite %.1f%n", r.baseline().perSecond(), r.sqlite().perSecond(),
                    r.sqlite().perSecond() / r.baseline().perSecond(), writers, r.journalMany().perSecond(),
                    r.journalMany().perSecond() / r.sqlite().perSecond());
        }
        var last = rounds.getLast().journalMany().batches();
        out.printf("appends per force of the %d-writer journal, 24 forces in a row from the last round's middle: %s%n",
                writers, Arrays.stream(last, last.length / 2, Math.min(last.length, last.length / 2 + 24))
                        .mapToObj(Long::toString).collect(Collectors.joining(" ")));
    }

    private String versus(Row row) {
        return switch (row.versus()) {
            case RATE -> "x " + spread(ratios(r -> row.figure().applyAsDouble(r) / r.baseline().perSecond()), "%.2f");
            case TIME -> "= " + spread(ratios(r -> row.figure().applyAsDouble(r) / 1e3 * r.baseline().perSecond()), "%,.0f") + " acks";
            case NONE -> "";
        };
    }

    private double[] ratios(ToDoubleFunction<Round> ratio) {
        return rounds.stream().mapToDouble(ratio).toArray();
    }

    /** Whole numbers from 100 on, one decimal below: a force of 4.8 ms, 7.9 acks per force. */
    private static String number(double[] values) {
        return median(values) >= 100 ? "%,.0f" : "%.1f";
    }

    private static double median(double[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
