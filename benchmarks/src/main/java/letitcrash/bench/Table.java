package letitcrash.bench;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import letitcrash.bench.Subject.Figures;

/**
 * The results table: one row per figure, with the runtime's and the baseline's median over
 * the measured rounds, each with its range [min–max], and the median and range of the
 * per-round ratio runtime/baseline.
 */
final class Table {

    /** A row: what is measured, its unit, and how to read it from a round's figures. */
    private record Row(String what, String unit, ToDoubleFunction<Figures> figure) {}

    private final List<Figures> runtime;
    private final List<Figures> baseline;
    private final List<Row> rows;

    Table(List<Figures> runtime, List<Figures> baseline, int senders, int spawns) {
        this.runtime = runtime;
        this.baseline = baseline;
        this.rows = List.of(
                new Row("1 ping-pong, 2 processes", "k trips/s", Figures::kRoundTripsPerSecond),
                new Row("2 fan-in, %d senders -> 1".formatted(senders), "k msgs/s", Figures::kMessagesPerSecond),
                new Row("3 spawn %,d waiting".formatted(spawns), "ms", Figures::spawnMillis),
                new Row("  heap each holds while waiting", "bytes", Figures::bytesPerProcess),
                new Row("  then release them, 1 msg each", "ms", Figures::releaseMillis));
    }

    void print(PrintStream out) {
        var format = "%-33s %-10s %-22s %-22s %s%n";
        out.printf(format, "figure", "unit", "runtime", "baseline", "runtime/baseline");
        for (var row : rows) {
            var ratios = IntStream.range(0, runtime.size())
                    .mapToDouble(i -> row.figure().applyAsDouble(runtime.get(i))
                            / row.figure().applyAsDouble(baseline.get(i)))
                    .toArray();
            out.printf(format, row.what(), row.unit(),
                    spread(values(runtime, row), "%,.0f"), spread(values(baseline, row), "%,.0f"),
                    spread(ratios, "%.2f"));
        }
        out.printf("(median [min-max] of %d rounds; a ratio below 1 means the runtime does less per second,"
                + " above 1 that it takes longer or holds more)%n", runtime.size());
    }

    private static double[] values(List<Figures> rounds, Row row) {
        return rounds.stream().mapToDouble(row.figure()).toArray();
    }

    /** "median [min-max]" of {@code values}, each number in {@code number}'s format. */
    static String spread(double[] values, String number) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return (number + " [" + number + "-" + number + "]").formatted(median, sorted[0], sorted[n - 1]);
    }
}
