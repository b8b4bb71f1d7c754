package letitcrash.bench;

import java.util.concurrent.CountDownLatch;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;

/**
 * The measurements on the runtime: processes spawned on a fresh {@link Node}, messages
 * sent with {@link Proc#send} and taken with {@link Proc#receive()}. Every case closes its
 * node, which ends whatever it left running.
 *
 * <p>The latches only line the processes up before the clock starts (and, in
 * {@link #spawnWaiting}, tell the harness that every process got there); the baseline uses
 * the very same latches, so they cost both sides alike.
 */
final class OnRuntime implements Subject {

    private static final Object PING = "ping", PONG = "pong", STOP = "stop", MESSAGE = "message";

    @Override
    public String name() {
        return "runtime";
    }

    @Override
    public long pingPong(int roundTrips) throws Exception {
        try (var node = Node.start()) {
            return node.run(() -> {
                var ping = Proc.self();
                var pong = node.spawn(() -> {
                    while (Proc.receive() != STOP) {
                        Proc.send(ping, PONG);
                    }
                });
                long start = System.nanoTime();
                for (int i = 0; i < roundTrips; i++) {
                    Proc.send(pong, PING);
                    Proc.receive();
                }
                long elapsed = System.nanoTime() - start;
                Proc.send(pong, STOP);
                return elapsed;
            });
        }
    }

    @Override
    public long fanIn(int senders, int perSender) throws Exception {
        var ready = new CountDownLatch(senders);
        var go = new CountDownLatch(1);
        try (var node = Node.start()) {
            return node.run(() -> {
                var receiver = Proc.self();
                for (int s = 0; s < senders; s++) {
                    node.spawn(() -> {
                        ready.countDown();
                        go.await();
                        for (int i = 0; i < perSender; i++) {
                            Proc.send(receiver, MESSAGE);
                        }
                    });
                }
                ready.await();
                long start = System.nanoTime();
                go.countDown();
                for (long left = (long) senders * perSender; left > 0; left--) {
                    Proc.receive();
                }
                return System.nanoTime() - start;
            });
        }
    }

    @Override
    public Spawned spawnWaiting(int count) throws Exception {
        var waiting = new CountDownLatch(count);
        var received = new CountDownLatch(count);
        var pids = new Pid[count];
        try (var node = Node.start()) {
            long heapBefore = Subject.heapAfterGc();
            long start = System.nanoTime();
            for (int i = 0; i < count; i++) {
                pids[i] = node.spawn(() -> {
                    waiting.countDown(); // the last step before it waits in receive
                    Proc.receive();
                    received.countDown();
                });
            }
            waiting.await();
            long spawned = System.nanoTime();
            long heap = Subject.heapAfterGc() - heapBefore;
            long releasing = System.nanoTime();
            for (var pid : pids) {
                node.send(pid, MESSAGE); // from outside any process, as the harness is
            }
            received.await();
            return new Spawned(spawned - start, heap, System.nanoTime() - releasing);
        }
    }
}
