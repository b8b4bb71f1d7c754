package letitcrash.mailbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import letitcrash.time.Clock;

/**
 * A process's mailbox: an unbounded queue of messages that anyone may put into and only
 * its owner takes from, in the order they arrived, or selectively, by what they are.
 *
 * <p>Algorithm. One lock guards the queue; the condition {@code arrived} is signalled on
 * every put. A receiver holds the lock while it looks for a message and, finding none,
 * waits on {@code arrived} through the node's {@link Clock}, which releases the lock; when
 * it wakes it looks again, because a wake-up promises nothing. Selective receive walks the
 * queue from the oldest message and removes the first one that matches through the
 * iterator, so the messages it skips keep their places and their order.
 *
 * <p>The filter. A selective receive runs its filter under the lock, on the receiver's
 * thread, so the filter may only look at the message it is given: it must not block, and
 * must not put into this mailbox or call the runtime. A filter that puts into the mailbox
 * it is scanning fails with {@link IllegalStateException} (it would change the queue under
 * the scan); the runtime refuses every other operation from a filter the same way
 * ({@link #insideFilter()}).
 *
 * <p>Ordering. Messages come out in the order {@code put} was called. Across processes
 * that promises only what Erlang does: two messages from one sender to one receiver arrive
 * in the order they were sent; messages from different senders may interleave.
 */
public final class Mailbox {

    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    /** Signalled, under {@code lock}, whenever a message is put. */
    private final Condition arrived = lock.newCondition();
    /** Guarded by {@code lock}: the messages not yet received, oldest first. */
    private final ArrayDeque<Object> messages = new ArrayDeque<>();
    /**
     * The thread running a selective receive's filter, or null. Written only by that thread,
     * with no lock and no fence: see {@link #insideFilter()}.
     */
    private Thread filtering;

    /** A mailbox whose timeouts read {@code clock}. */
    public Mailbox(Clock clock) {
        this.clock = clock;
    }

    /**
     * Adds {@code message} at the end of the queue and wakes a waiting receiver. Never
     * blocks for long: the mailbox has no bound, as in Erlang.
     */
    public void put(Object message) {
        Objects.requireNonNull(message, "a message cannot be null");
        if (insideFilter()) {
            throw new IllegalStateException("a receive filter put a message into the mailbox it is scanning:"
                    + " a filter may only look at the message it is given");
        }
        // region kata 1.1: The message goes after every message already waiting, and every receiver waiting for one gets to look at it.
        // tag::mailbox-put[]
        lock.lock();
        try {
            messages.addLast(message);
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
        // end::mailbox-put[]
        // endregion
    }

    /**
     * Removes and returns the oldest message, waiting for one as long as it takes.
     *
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public Object take() throws InterruptedException {
        // region kata 1.1: Remove and return the oldest message; with none waiting, wait as long as it takes for one.
        // tag::mailbox-take[]
        lock.lock();
        try {
            while (messages.isEmpty()) {
                arrived.await();
            }
            return messages.removeFirst();
        } finally {
            lock.unlock();
        }
        // end::mailbox-take[]
        // endregion
    }

    /**
     * Removes and returns the oldest message, waiting at most {@code timeout} for one to
     * arrive; a zero timeout still takes a message that is already there. A timeout leaves
     * the mailbox as it was.
     *
     * @return the message, or empty if none arrived in time
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public Optional<Object> poll(Duration timeout) throws InterruptedException {
        // region kata 1.2: Like take, but with no message by the end of the timeout on the node's clock, return empty and leave the mailbox as it was.
        // tag::mailbox-poll[]
        long deadline = clock.deadline(timeout);
        lock.lock();
        try {
            while (messages.isEmpty()) {
                if (!clock.awaitUntil(lock, arrived, deadline)) {
                    return Optional.empty();
                }
            }
            return Optional.of(messages.removeFirst());
        } finally {
            lock.unlock();
        }
        // end::mailbox-poll[]
        // endregion
    }

    /**
     * Removes and returns the oldest message that is a {@code type} and passes
     * {@code filter}, waiting at most {@code timeout} for one; the messages it passes over
     * stay in the mailbox in their order. The timeout is for a matching message: others
     * arriving meanwhile do not end the wait. {@code filter} runs under the mailbox's lock
     * and may only look at the message (see the class comment).
     *
     * @return the first matching message, or empty if none arrived in time
     * @throws InterruptedException if the thread is interrupted while waiting
     */
    public <T> Optional<T> poll(Class<T> type, Predicate<? super T> filter, Duration timeout)
            throws InterruptedException {
        filter = watched(filter);
        // region kata 1.3: Remove and return the oldest message of the type that passes the filter, the others keeping their order; with none, wait for one until the timeout on the node's clock runs out.
        // tag::mailbox-selective-receive[]
        long deadline = clock.deadline(timeout);
        lock.lock();
        try {
            while (true) {
                for (var it = messages.iterator(); it.hasNext(); ) {
                    if (it.next() instanceof Object message
                            && type.isInstance(message)
                            && filter.test(type.cast(message))) {
                        it.remove();
                        return Optional.of(type.cast(message));
                    }
                }
                if (!clock.awaitUntil(lock, arrived, deadline)) {
                    return Optional.empty();
                }
            }
        } finally {
            lock.unlock();
        }
        // end::mailbox-selective-receive[]
        // endregion
    }

    /**
     * Whether the calling thread is running a selective receive's filter on this mailbox.
     *
     * <p>Cheap on purpose: every send asks it of the receiver's mailbox, whose lock other
     * senders are fighting over, so it reads no lock state. {@code filtering} is a plain field,
     * but only a thread itself ever writes its own identity there, and a thread always sees
     * its own last write (or a later one by another thread), so the answer is exact for the
     * calling thread: it sees itself there only while its filter runs.
     */
    public boolean insideFilter() {
        return filtering == Thread.currentThread();
    }

    /** {@code filter}, marking this mailbox {@link #insideFilter() filtering} while it runs. */
    private <T> Predicate<T> watched(Predicate<T> filter) {
        return message -> {
            filtering = Thread.currentThread();
            try {
                return filter.test(message);
            } finally {
                filtering = null;
            }
        };
    }

    /** The messages waiting, oldest first: what Erlang's {@code process_info(pid, messages)} shows. */
    public List<Object> messages() {
        lock.lock();
        try {
            return List.copyOf(messages);
        } finally {
            lock.unlock();
        }
    }
}
