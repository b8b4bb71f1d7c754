package letitcrash.task;

import letitcrash.process.ExitReason;

/**
 * How a task ended, as {@link Task#yield}, {@link Task#shutdown} and the streams report it:
 * Elixir's {@code {:ok, value}} or {@code {:exit, reason}}. "No result yet" is an empty
 * {@code Optional}, Elixir's {@code nil}.
 */
public sealed interface TaskResult<T> {

    /** The task returned {@code value}: {@code {:ok, value}}. */
    record Ok<T>(T value) implements TaskResult<T> {
        @Override
        public String toString() {
            return "{ok, " + value + "}";
        }
    }

    /** The task ended without a result, with {@code reason}: {@code {:exit, reason}}. */
    record Exited<T>(ExitReason reason) implements TaskResult<T> {
        @Override
        public String toString() {
            return "{exit, " + reason + "}";
        }
    }
}
