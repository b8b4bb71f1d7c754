package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import letitcrash.testing.Expect;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * OTP's ordering promises, each tried thousands of times with the race left open: a test
 * of one run would pass by luck. {@code -Dletitcrash.stress=N} multiplies the sizes by N
 * for a long run; the default keeps the test command quick.
 */
@Tag("ch02")
@Timeout(value = 120, unit = TimeUnit.SECONDS) // a hang guard for the scaled-up runs
@DisplayName("Signals keep OTP's ordering promises, under stress")
class SignalOrderingStressTest {

    static final int SCALE = Integer.getInteger("letitcrash.stress", 1);
    private static final Duration GUARD = Duration.ofSeconds(10);

    @AutoClose
    private final Node node = Node.start();

    @Test
    @DisplayName("once unlink has returned, a crash already on its way along the link has no effect")
    void unlinkDropsASignalOnItsWay() throws Exception {
        int trials = 20_000 * SCALE;
        int violations = node.run(() -> {
            int count = 0;
            for (int i = 0; i < trials; i++) {
                count += unlinkRaceIsLost() ? 1 : 0;
            }
            return count;
        });

        assertThat(violations).as("processes killed by a link after unlink returned, in %d trials", trials).isZero();
    }

    /**
     * A process links to a partner, tells it to crash and unlinks at once. It may die of the
     * crash, if the signal came first; it must not once {@code unlink} has returned.
     */
    private static boolean unlinkRaceIsLost() throws InterruptedException {
        var unlinked = new AtomicBoolean();
        Pid partner = Proc.spawn(() -> {
            Proc.receive();
            throw Proc.exit(ExitReason.of("boom"));
        });
        Pid linker = Proc.spawn(() -> {
            Proc.receive(); // until the test monitors us
            Proc.link(partner);
            Proc.send(partner, "crash");
            Proc.unlink(partner);
            unlinked.set(true);
            Proc.monitor(partner); // an operation, so that a late signal would stop us here
        });
        Ref watch = Proc.monitor(linker);
        Proc.send(linker, "go");
        var end = Expect.down(watch, GUARD, "the process that linked, told the partner to crash and unlinked").reason();
        return unlinked.get() && !end.equals(ExitReason.NORMAL);
    }

    @Test
    @DisplayName("once demonitor with flush has returned, no Down for its ref is in the mailbox or can arrive")
    void demonitorFlushLeavesNoDown() throws Exception {
        int trials = 20_000 * SCALE;
        long strays = node.run(() -> {
            var threads = new java.util.ArrayList<Thread>();
            for (int i = 0; i < trials; i++) {
                Ref watch = monitorOneThatEndsAtOnce(threads);
                Proc.demonitor(watch, true);
            }
            for (var thread : threads) {
                thread.join(); // every Down that could come has come once its sender's thread is done
            }
            return node.messages(Proc.self()).stream().filter(Down.class::isInstance).count();
        });

        assertThat(strays).as("stray Downs after %d demonitor(ref, flush) calls", trials).isZero();
    }

    /** A process that ends as soon as it is monitored, racing the demonitor that follows; its thread goes in {@code threads}. */
    private static Ref monitorOneThatEndsAtOnce(java.util.List<Thread> threads) throws InterruptedException {
        Pid self = Proc.self();
        Pid target = Proc.spawn(() -> {
            Proc.send(self, Thread.currentThread());
            Proc.receive();
        });
        threads.add(Proc.receive(Thread.class));
        Ref watch = Proc.monitor(target);
        Proc.send(target, "end now");
        return watch;
    }

    @Test
    @DisplayName("a long chain of linked processes ends cleanly when its last link crashes")
    void aLongChainEndsCleanly() throws Exception {
        // 20,000 by default, four times the length that overflowed the stack when exit
        // propagation recursed; -Dletitcrash.stress=5 runs the 100,000 of the issue.
        int length = 20_000 * SCALE;
        var first = node.run(() -> {
            Pid self = Proc.self();
            Pid head = Proc.spawn(chain(length - 1, self));
            Ref watch = Proc.monitor(head);
            Pid last = Proc.receive(Pid.class);
            Proc.send(last, "crash");
            return Expect.down(watch, Duration.ofSeconds(60), "the head of a chain of " + length + " linked processes, after its last crashed");
        });

        assertThat(first.reason()).isEqualTo(ExitReason.of("boom"));
        node.close(); // throws if the runtime failed in any process, a StackOverflowError say
    }

    /** A process that spawns the rest of a chain of {@code more} linked to it; the last tells {@code test} its pid, then crashes when told. */
    private static ProcessBody chain(int more, Pid test) {
        return () -> {
            if (more > 0) {
                Proc.spawnLink(chain(more - 1, test));
            } else {
                Proc.send(test, Proc.self());
            }
            Proc.receive();
            throw Proc.exit(ExitReason.of("boom"));
        };
    }
}
