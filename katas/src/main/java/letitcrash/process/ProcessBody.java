package letitcrash.process;

/**
 * What a process runs. It may throw anything: an exception ends the process, never the
 * node, and blocking calls such as {@link Proc#receive()} may be used without wrapping.
 */
@FunctionalInterface
public interface ProcessBody {
    void run() throws Exception;
}
