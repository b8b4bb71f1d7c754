package letitcrash.time;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/** The system's monotonic clock: waits are {@link Condition#awaitNanos} waits. */
enum SystemClock implements Clock {
    INSTANCE;

    @Override
    public long nanoTime() {
        return System.nanoTime();
    }

    @Override
    public boolean awaitUntil(Lock lock, Condition condition, long deadline) throws InterruptedException {
        if (deadline == NEVER) {
            condition.await();
            return true;
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return false;
        }
        condition.awaitNanos(remaining);
        return true;
    }

    @Override
    public String toString() {
        return "Clock.system()";
    }
}
