package letitcrash.store;

import java.util.Objects;
import letitcrash.process.Pid;
import letitcrash.process.Proc;

/** What every slot checks before it writes: a value, and the caller is the process that opened it. */
final class Writer {

    private Writer() {}

    /**
     * @throws NullPointerException if {@code value} is null
     * @throws IllegalStateException if the caller is not {@code owner}
     */
    static void check(Slot slot, Pid owner, String value) {
        Objects.requireNonNull(value, "the value to write is null: a state is text, and nothing stored is no state");
        if (!Proc.self().equals(owner)) {
            throw new IllegalStateException(slot + " belongs to " + owner + ", which opened it: only it may write");
        }
    }
}
