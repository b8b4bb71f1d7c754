package letitcrash.time;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * A virtual clock that moves only when told to: {@link #advance} wakes every wait whose
 * deadline it reaches, and nothing else ever times out. Tests use it to make timeouts
 * deterministic; {@link #waiting} tells them when a thread has begun to wait.
 *
 * <p>Algorithm. The clock's monitor guards {@code now} and the list of waiters. A waiter,
 * holding its own lock, checks its deadline against {@code now} and registers under the
 * monitor in one step, then awaits its condition (which releases its lock). {@code advance}
 * moves {@code now} and takes the expired waiters under the monitor, then, outside it,
 * signals each one while holding that waiter's lock. Because the waiter holds its lock from
 * registration until {@code await} releases it, the signal cannot slip in before the wait:
 * no wake-up is lost. The monitor is never held while acquiring a waiter's lock, so the
 * two cannot deadlock.
 */
public final class ManualClock implements Clock {

    private record Waiter(Lock lock, Condition condition, long deadline) {}

    /** Guarded by this. Starts away from zero so that nothing relies on a zero origin. */
    private long now = Duration.ofDays(1).toNanos();
    /** Guarded by this: the waits that have begun and not yet ended. */
    private final List<Waiter> waiters = new ArrayList<>();

    @Override
    public synchronized long nanoTime() {
        return now;
    }

    @Override
    public boolean awaitUntil(Lock lock, Condition condition, long deadline) throws InterruptedException {
        var waiter = new Waiter(lock, condition, deadline);
        synchronized (this) {
            if (now >= deadline) {
                return false;
            }
            waiters.add(waiter);
        }
        try {
            condition.await();
        } finally {
            synchronized (this) {
                waiters.remove(waiter);
            }
        }
        return true;
    }

    /** Moves time forward by {@code step} and wakes the waits whose deadline it reaches. */
    public void advance(Duration step) {
        if (step.isNegative()) {
            throw new IllegalArgumentException("time does not run backwards: " + step);
        }
        List<Waiter> expired;
        synchronized (this) {
            now = Math.addExact(now, step.toNanos());
            expired = waiters.stream().filter(w -> w.deadline() <= now).toList();
        }
        for (var waiter : expired) {
            waiter.lock().lock();
            try {
                waiter.condition().signalAll();
            } finally {
                waiter.lock().unlock();
            }
        }
    }

    /** How many threads are waiting on this clock now. */
    public synchronized int waiting() {
        return waiters.size();
    }

    @Override
    public synchronized String toString() {
        return "ManualClock[waiters=" + waiters.size() + "]";
    }
}
