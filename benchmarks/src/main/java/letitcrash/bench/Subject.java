package letitcrash.bench;

/**
 * The three measurements, taken once on the runtime ({@link OnRuntime}) and once on the
 * baseline ({@link OnThreads}). Each method builds what it measures, times only the part
 * named, and leaves nothing waiting when it returns.
 */
interface Subject {

    /** "runtime" or "baseline", for error messages. */
    String name();

    /**
     * Nanoseconds for {@code roundTrips} round trips between two processes: one sends a
     * message and waits for the answer, the other answers each. Measures the latency of
     * one send plus one wake-up of a waiting receiver, twice per trip.
     */
    long pingPong(int roundTrips) throws Exception;

    /**
     * Nanoseconds for {@code senders} processes, all released at once, to each send
     * {@code perSender} messages to one process, until it has received them all. Measures
     * throughput into one mailbox under contention from many senders.
     */
    long fanIn(int senders, int perSender) throws Exception;

    /**
     * Spawns {@code count} processes that each wait for one message, then sends each its
     * message. Measures the cost of a process that is only waiting, which is what most
     * processes of a real system are doing at any moment.
     *
     * @return what {@link Spawned} says
     */
    Spawned spawnWaiting(int count) throws Exception;

    /**
     * What {@link #spawnWaiting} measured.
     *
     * @param spawnNanos from the first spawn until every process has started and is about
     *     to wait
     * @param heapBytes the heap in use while they all wait, after a full GC, less the heap
     *     in use before the first spawn: what the waiting processes hold
     * @param releaseNanos from the first release until every process has its message
     */
    record Spawned(long spawnNanos, long heapBytes, long releaseNanos) {}

    /** All figures of one round, in the units the table prints. */
    record Figures(double kRoundTripsPerSecond, double kMessagesPerSecond,
                   double spawnMillis, double bytesPerProcess, double releaseMillis) {}

    /**
     * Takes every measurement once. Each starts after a full GC, so that the garbage one
     * leaves behind (a million dead threads, say) is not collected on the next one's clock.
     */
    default Figures measure(int roundTrips, int senders, int perSender, int spawns) throws Exception {
        System.gc();
        long pingPong = pingPong(roundTrips);
        System.gc();
        long fanIn = fanIn(senders, perSender);
        System.gc();
        var spawned = spawnWaiting(spawns);
        return new Figures(
                roundTrips / seconds(pingPong) / 1e3,
                (double) senders * perSender / seconds(fanIn) / 1e3,
                spawned.spawnNanos() / 1e6,
                (double) spawned.heapBytes() / spawns,
                spawned.releaseNanos() / 1e6);
    }

    /** The heap in use after a full GC: only what is still reachable, give or take. */
    static long heapAfterGc() {
        System.gc();
        var runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
