package letitcrash.testing;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import letitcrash.time.Clock;
import letitcrash.time.ManualClock;

/**
 * A manual clock, except that the first wait to find its deadline passed runs a hook
 * before it gives up, with the waiter's lock released as a real wait releases it: the
 * hook's reply lands in the very moment the caller has stopped waiting (a server call's,
 * chapter 3; a task's await, chapter 7).
 */
public record LastMomentClock(ManualClock clock, AtomicReference<Runnable> atTheDeadline) implements Clock {
    @Override
    public long nanoTime() {
        return clock.nanoTime();
    }

    @Override
    public boolean awaitUntil(Lock lock, Condition condition, long deadline) throws InterruptedException {
        if (clock.awaitUntil(lock, condition, deadline)) {
            return true;
        }
        var hook = atTheDeadline.getAndSet(null);
        if (hook != null) {
            lock.unlock();
            try {
                hook.run();
            } finally {
                lock.lock();
            }
        }
        return false;
    }
}
