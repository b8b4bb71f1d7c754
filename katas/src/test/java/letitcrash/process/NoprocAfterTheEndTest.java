package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The {@code noproc} that a link or monitor gets at once from a process whose end is decided
 * comes behind every signal of that end: in Erlang the link or monitor signal goes to the
 * ending process, and its answer comes back behind what that process sent before (signals
 * between two processes keep their order). So once a caller has that answer, the
 * {@code Down}s of its earlier monitors on the same process are in its mailbox too, ahead of
 * it: a test or a supervisor that learns of an end through a fresh monitor (a call, say) can
 * look for the others at once.
 */
@Tag("ch02")
@DisplayName("A noproc answer comes behind every signal of the end")
class NoprocAfterTheEndTest {

    private static final Duration GUARD = Threads.HANG_GUARD;

    /**
     * Holds up the end of a process between its decision and its signals: what the process
     * owns is closed in between, so this, owned, keeps the signals back until released.
     */
    private record HeldUp(CountDownLatch closing, CountDownLatch release) implements AutoCloseable {

        HeldUp() {
            this(new CountDownLatch(1), new CountDownLatch(1));
        }

        @Override
        public void close() throws InterruptedException {
            closing.countDown();
            release.await(GUARD.toMillis(), TimeUnit.MILLISECONDS); // a hang guard: the assertions then fail, nothing hangs
        }

        /**
         * Releases the end once {@code waiter} waits (the answer waiting for the signals) or
         * the guard is out (without the wait, the answer came at once, and the test fails on it).
         */
        void releaseOnceWaiting(Thread waiter) {
            Thread.ofPlatform().start(() -> {
                long giveUp = System.nanoTime() + GUARD.toNanos();
                while (waiter.getState() != Thread.State.WAITING && System.nanoTime() - giveUp < 0) {
                    Thread.onSpinWait();
                }
                release.countDown();
            });
        }
    }

    /** A process that owns {@code held} and waits; its end, once decided, is held up by it. */
    private static Pid holder(HeldUp held) throws InterruptedException {
        Pid test = Proc.self();
        Pid holder = Proc.spawn(() -> {
            Proc.own(held);
            Proc.send(test, "owned");
            Proc.receive(Void.class);
        });
        Expect.message(String.class, "owned"::equals, GUARD, "the holder's word that it owns what holds up its end");
        return holder;
    }

    /** Kills {@code pid} from outside any process, on a thread of its own (which then sends its signals), and waits until its end is held up. */
    private static void killHeldUp(Node node, Pid pid, HeldUp held) throws InterruptedException {
        Thread.ofPlatform().start(() -> node.exit(pid, ExitReason.KILL));
        assertThat(held.closing().await(GUARD.toMillis(), TimeUnit.MILLISECONDS)).as("the holder's end began").isTrue();
    }

    private static List<Object> twoMessages() throws InterruptedException {
        return List.of(Proc.receive(Duration.ZERO).orElse("nothing"), Proc.receive(Duration.ZERO).orElse("nothing"));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS) // a hang guard, not a timing assertion
    @DisplayName("a monitor set while an end's signals are held up answers noproc behind the Down of an earlier monitor")
    void aMonitorAnswersBehindTheEnd() throws Exception {
        try (var node = Node.start()) {
            var held = new HeldUp();
            var messages = node.run(() -> {
                Pid holder = holder(held);
                Ref first = Proc.monitor(holder);
                killHeldUp(node, holder, held);
                held.releaseOnceWaiting(Thread.currentThread());
                Ref second = Proc.monitor(holder);
                return List.of(twoMessages(), List.of(new Down(first, holder, ExitReason.KILLED), new Down(second, holder, ExitReason.NOPROC)));
            });
            assertThat(messages.getFirst()).as("the mailbox right after the second monitor").isEqualTo(messages.getLast());
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS) // a hang guard, not a timing assertion
    @DisplayName("a trapping link set while an end's signals are held up answers noproc behind the Down of an earlier monitor")
    void aLinkAnswersBehindTheEnd() throws Exception {
        try (var node = Node.start()) {
            var held = new HeldUp();
            var messages = node.run(() -> {
                Proc.trapExits(true);
                Pid holder = holder(held);
                Ref first = Proc.monitor(holder);
                killHeldUp(node, holder, held);
                held.releaseOnceWaiting(Thread.currentThread());
                Proc.link(holder);
                return List.of(twoMessages(), List.of(new Down(first, holder, ExitReason.KILLED), new Exit(holder, ExitReason.NOPROC)));
            });
            assertThat(messages.getFirst()).as("the mailbox right after the link").isEqualTo(messages.getLast());
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang guard, not a timing assertion
    @DisplayName("stress: 5,000 monitors racing an end, each noproc with the earlier monitor's Down already in")
    void aMonitorRacingAnEndNeverAnswersFirst() throws Exception {
        var random = new java.util.Random(23);
        int noprocs = 0;
        try (var node = Node.start()) {
            for (int round = 0; round < 5_000; round++) {
                long monitorAfter = random.nextLong(50_000); // where the second monitor falls against the kill: spread over rounds
                noprocs += node.run(() -> {
                    Pid target = Proc.spawn(() -> Proc.receive(Void.class));
                    Ref first = Proc.monitor(target);
                    Pid killer = Proc.spawn(() -> {
                        Proc.receive();
                        Proc.exit(target, ExitReason.KILL);
                    });
                    Proc.send(killer, "go");
                    java.util.concurrent.locks.LockSupport.parkNanos(monitorAfter);
                    Ref second = Proc.monitor(target);
                    var answer = Expect.down(second, GUARD, "the second monitor");
                    if (answer.reason().equals(ExitReason.NOPROC)) {
                        assertThat(Proc.awaitDown(first, Duration.ZERO)).as("the first monitor's Down, once the second answered noproc")
                                .contains(new Down(first, target, ExitReason.KILLED));
                        return 1;
                    }
                    Expect.down(first, GUARD, "the first monitor");
                    return 0;
                });
            }
        }
        assertThat(noprocs).as("rounds whose second monitor came after the end was decided").isPositive();
    }
}
