package letitcrash.testing;

import java.lang.management.ManagementFactory;

/**
 * How long a long run took, for the line a test prints when it ends (never for an assertion):
 * the wall time, and the CPU time this JVM spent meanwhile, which says more on a shared
 * machine, where the wall time tells mostly how busy the machine was.
 */
public final class Took {

    private final long wallStart = System.nanoTime();
    private final long cpuStart = cpu();

    private Took() {}

    /** Starts counting now. */
    public static Took start() {
        return new Took();
    }

    /** {@code 1.2 s (2.0 s of this JVM's CPU)}, from the start until now. */
    @Override
    public String toString() {
        return "%.1f s (%.1f s of this JVM's CPU)".formatted((System.nanoTime() - wallStart) / 1e9, (cpu() - cpuStart) / 1e9);
    }

    /** The CPU time of this JVM so far, or 0 where the platform does not tell. */
    private static long cpu() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? Math.max(0, os.getProcessCpuTime()) : 0;
    }
}
