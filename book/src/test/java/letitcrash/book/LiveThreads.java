package letitcrash.book;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.HotSpotDiagnosticMXBean.ThreadDumpFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The threads a script left running, virtual ones included: {@link Thread#getAllStackTraces}
 * does not list virtual threads, so this reads the JVM's thread dump, which does.
 *
 * <p>A thread counts as left running if it is new since {@link #now()} and is virtual, or
 * is a platform thread that is not a daemon: the JVM's own daemons (the virtual-thread
 * scheduler's carriers, JShell's class-path indexer) are shared by the whole JVM and
 * start on first use.
 */
final class LiveThreads {

    /** How long a thread that is ending may take to be gone: a hang guard, not a timing assertion. */
    private static final Duration GRACE = Duration.ofSeconds(5);
    private static final Pattern THREAD = Pattern.compile(
            "\"tid\": \"(\\d+)\",\\s*\"time\": \"[^\"]*\",\\s*(\"virtual\": true,\\s*)?\"name\": \"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Map<Long, String> threads;

    private LiveThreads(Map<Long, String> threads) {
        this.threads = threads;
    }

    /** The threads alive now, by thread id. */
    static LiveThreads now() {
        return new LiveThreads(dump());
    }

    /**
     * The names of the threads started since this snapshot that are still running, after
     * giving threads that are ending a moment to end; empty if none.
     */
    Map<Long, String> startedSinceAndRunning() {
        long guard = System.nanoTime() + GRACE.toNanos();
        Map<Long, String> left;
        do {
            left = new TreeMap<>(dump());
            left.keySet().removeAll(threads.keySet());
            left.keySet().removeIf(LiveThreads::isJvmDaemon);
        } while (!left.isEmpty() && System.nanoTime() < guard && pause());
        return left;
    }

    private static boolean isJvmDaemon(long tid) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(thread -> thread.threadId() == tid && thread.isDaemon());
    }

    private static boolean pause() {
        Thread.onSpinWait();
        Thread.yield();
        return true;
    }

    private static Map<Long, String> dump() {
        try {
            var folder = Files.createTempDirectory("threads");
            var file = folder.resolve("dump.json");
            try {
                ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                        .dumpThreads(file.toString(), ThreadDumpFormat.JSON);
                var found = new TreeMap<Long, String>();
                var matcher = THREAD.matcher(Files.readString(file));
                while (matcher.find()) {
                    found.put(Long.parseLong(matcher.group(1)),
                            (matcher.group(2) != null ? "virtual thread " : "thread ") + matcher.group(3));
                }
                return found;
            } finally {
                Files.deleteIfExists(file);
                Files.delete(folder);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the JVM's thread dump", e);
        }
    }
}
