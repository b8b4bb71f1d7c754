package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A message through an alias lands only while its owner runs: once the owner's end is
 * decided, it is dropped, and the trace says so. So in the trace a {@code send} to the owner
 * comes before the owner's {@code exit}, never after.
 */
@Tag("ch03")
@DisplayName("A message through an alias never lands after its owner's end")
class AliasEndRaceTest {

    static final Duration GUARD = Threads.HANG_GUARD;

    /**
     * A message whose trace text, written once the send has checked the alias, holds the send
     * up: it says it has begun, then waits until {@code until} holds or the killer is blocked.
     */
    private record Slow(CountDownLatch begun, BooleanSupplier until, Thread[] killer) {
        @Override
        public String toString() {
            begun.countDown();
            long giveUp = System.nanoTime() + GUARD.toNanos(); // a hang guard: the assertion then fails, nothing hangs
            while (!until.getAsBoolean() && !blockedOnTheNodesLock(killer[0]) && System.nanoTime() - giveUp < 0) {
                Thread.onSpinWait();
            }
            return "late";
        }

        /** Whether {@code thread} waits to enter the node's lock (a plain Object), not the trace's monitor that the look at the lines takes. */
        private static boolean blockedOnTheNodesLock(Thread thread) {
            var info = ManagementFactory.getThreadMXBean().getThreadInfo(thread.threadId());
            return info != null && info.getThreadState() == Thread.State.BLOCKED
                    && info.getLockName() != null && info.getLockName().startsWith("java.lang.Object@");
        }
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS) // a hang guard, not a timing assertion
    @DisplayName("a send through an alias that has checked its owner, held up while the owner is killed, still comes before the owner's exit")
    void aHeldUpSendComesBeforeTheExit() throws Exception {
        try (var node = Node.start()) {
            node.trace().recordMessages(true);
            Thread[] killer = new Thread[1];
            var lines = node.run(() -> {
                Pid test = Proc.self();
                Pid owner = Proc.spawn(() -> {
                    Proc.send(test, Proc.alias());
                    Proc.receive(Void.class); // what comes through the alias stays in the mailbox
                });
                Ref alias = Expect.message(Ref.class, ref -> true, GUARD, "the owner's alias");
                String exitLine = "exit " + owner + " killed";
                var slow = new Slow(new CountDownLatch(1), () -> node.trace().lines().contains(exitLine), killer);
                Ref watch = Proc.monitor(owner);
                killer[0] = Thread.ofPlatform().start(() -> {
                    try {
                        slow.begun().await(); // the send has found the alias active
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    node.exit(owner, ExitReason.KILL);
                });
                Pid sender = Proc.spawn(() -> Proc.send(alias, slow));
                Ref watchSender = Proc.monitor(sender);
                Expect.down(watch, GUARD, "the owner");
                Expect.down(watchSender, GUARD, "the sender");
                killer[0].join();
                return node.trace().lines();
            });

            assertSendBeforeExit(lines, "<0.2.0>", "<0.3.0>");
        }
    }

    /**
     * A message whose trace text takes {@code nanos} to write, parked, so that another process
     * may run meanwhile even on a single core: it widens the step between the send's look at
     * the alias and its trace line, the step the owner's kill must not fall into. Not a
     * synchronisation: with the fix the test passes however long it takes.
     */
    private record Busy(long nanos) {
        @Override
        public String toString() {
            java.util.concurrent.locks.LockSupport.parkNanos(nanos);
            return "late";
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang guard, not a timing assertion
    @DisplayName("stress: 5,000 sends through an alias racing their owner's kill, never one after the exit")
    void aSendRacingAKillNeverLandsAfter() throws Exception {
        var random = new java.util.Random(17);
        for (int round = 0; round < 5_000; round++) {
            long killAfter = random.nextLong(400_000); // where the kill falls against the send: spread over rounds
            try (var node = Node.start()) {
                node.trace().recordMessages(true);
                var lines = node.run(() -> {
                    Pid test = Proc.self();
                    Pid owner = Proc.spawn(() -> {
                        Proc.send(test, Proc.alias());
                        Proc.receive(Void.class); // what comes through the alias stays in the mailbox
                    });
                    Ref alias = Expect.message(Ref.class, ref -> true, GUARD, "the owner's alias");
                    Pid sender = Proc.spawn(() -> {
                        Proc.receive();
                        Proc.send(alias, new Busy(200_000));
                    });
                    Ref watchOwner = Proc.monitor(owner);
                    Ref watchSender = Proc.monitor(sender);
                    Proc.send(sender, "go");
                    java.util.concurrent.locks.LockSupport.parkNanos(killAfter);
                    Proc.exit(owner, ExitReason.KILL);
                    Expect.down(watchOwner, GUARD, "the owner");
                    Expect.down(watchSender, GUARD, "the sender");
                    return node.trace().lines();
                });
                assertSendBeforeExit(lines, "<0.2.0>", "<0.3.0>");
            }
        }
    }

    private static void assertSendBeforeExit(List<String> lines, String owner, String sender) {
        int exit = lines.indexOf("exit " + owner + " killed");
        int sent = lines.indexOf("send " + sender + " -> " + owner + " late");
        int dropped = lines.indexOf("send " + sender + " -> #Ref<0.1> late: inactive alias, dropped");
        assertThat(exit).as("the owner's exit in %s", lines).isNotNegative();
        assertThat(sent >= 0 ^ dropped >= 0).as("the message was either sent or dropped: %s", lines).isTrue();
        if (sent >= 0) {
            assertThat(sent).as("a message to the alias landed after its owner's end: %s", lines).isLessThan(exit);
        }
    }
}
