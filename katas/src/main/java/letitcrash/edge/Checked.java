package letitcrash.edge;

/**
 * What a check at the edge gives: a value that may become state, or the reason it may
 * not. A refusal is an answer the caller can act on, not a crash: Elixir's
 * {@code {:ok, value}} and {@code {:error, reason}}.
 */
public sealed interface Checked<T> {

    /** The value passed every check. */
    record Valid<T>(T value) implements Checked<T> {
        @Override
        public String toString() {
            return "{ok, " + value + "}";
        }
    }

    /** The value was refused, and {@code why} says what was wrong with it. */
    record Invalid<T>(String why) implements Checked<T> {
        @Override
        public String toString() {
            return "{error, " + why + "}";
        }
    }

    /**
     * The value of a {@link Valid}. On an {@link Invalid} it throws: calling it there is a bug in
     * the caller, which should have looked first, and a bug crashes.
     */
    default T orElseThrow() {
        return switch (this) {
            case Valid<T>(T value) -> value;
            case Invalid<T>(String why) -> throw new IllegalStateException("a refused value was used: " + why);
        };
    }

    static <T> Checked<T> valid(T value) {
        return new Valid<>(value);
    }

    static <T> Checked<T> invalid(String why) {
        return new Invalid<>(why);
    }
}
