package letitcrash.bench;

import java.util.ArrayList;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The baseline: the same three cases written on plain virtual threads, each "process"
 * owning one {@link LinkedBlockingQueue} as its mailbox. No pids, no node, no registry:
 * the sender holds the receiver's queue. Beside it we see what the runtime costs on top of a JDK
 * queue, so a ratio near 1 means the runtime adds little.
 */
final class OnThreads implements Subject {

    private static final Object PING = "ping", PONG = "pong", STOP = "stop", MESSAGE = "message";

    /** A thread's body, which may throw, as a process body may. */
    private interface Body {
        void run() throws Exception;
    }

    @Override
    public String name() {
        return "baseline";
    }

    @Override
    public long pingPong(int roundTrips) throws Exception {
        var pingBox = new LinkedBlockingQueue<Object>();
        var pongBox = new LinkedBlockingQueue<Object>();
        var pong = start(() -> {
            while (pongBox.take() != STOP) {
                pingBox.put(PONG);
            }
        });
        long elapsed = run(() -> {
            long start = System.nanoTime();
            for (int i = 0; i < roundTrips; i++) {
                pongBox.put(PING);
                pingBox.take();
            }
            return System.nanoTime() - start;
        });
        pongBox.put(STOP);
        pong.join();
        return elapsed;
    }

    @Override
    public long fanIn(int senders, int perSender) throws Exception {
        var ready = new CountDownLatch(senders);
        var go = new CountDownLatch(1);
        var inbox = new LinkedBlockingQueue<Object>();
        var threads = new Thread[senders];
        for (int s = 0; s < senders; s++) {
            threads[s] = start(() -> {
                ready.countDown();
                go.await();
                for (int i = 0; i < perSender; i++) {
                    inbox.put(MESSAGE);
                }
            });
        }
        long elapsed = run(() -> {
            ready.await();
            long start = System.nanoTime();
            go.countDown();
            for (long left = (long) senders * perSender; left > 0; left--) {
                inbox.take();
            }
            return System.nanoTime() - start;
        });
        for (var thread : threads) {
            thread.join();
        }
        return elapsed;
    }

    @Override
    public Spawned spawnWaiting(int count) throws Exception {
        var waiting = new CountDownLatch(count);
        var received = new CountDownLatch(count);
        var boxes = new ArrayList<BlockingQueue<Object>>(count);
        long heapBefore = Subject.heapAfterGc();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            var box = new LinkedBlockingQueue<Object>();
            boxes.add(box);
            start(() -> {
                waiting.countDown(); // the last step before it waits in take
                box.take();
                received.countDown();
            });
        }
        waiting.await();
        long spawned = System.nanoTime();
        long heap = Subject.heapAfterGc() - heapBefore;
        long releasing = System.nanoTime();
        for (var box : boxes) {
            box.put(MESSAGE);
        }
        received.await(); // each thread ends right after it counts down
        return new Spawned(spawned - start, heap, System.nanoTime() - releasing);
    }

    /** Starts a virtual thread; an exception ends it quietly, as it ends a process. */
    private static Thread start(Body body) {
        return Thread.ofVirtual().start(() -> {
            try {
                body.run();
            } catch (Exception ended) {
                // Nothing to report: each case checks its own outcome by counting.
            }
        });
    }

    /** Runs {@code body} in a new virtual thread and waits for its result, as Node.run does. */
    private static long run(Callable<Long> body) throws Exception {
        var task = new FutureTask<>(body);
        Thread.ofVirtual().start(task);
        return task.get();
    }
}
