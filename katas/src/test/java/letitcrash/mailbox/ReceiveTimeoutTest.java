package letitcrash.mailbox;

import static letitcrash.testing.Threads.HANG_GUARD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import letitcrash.testing.Threads;
import letitcrash.time.Clock;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@Tag("ch01")
@Tag("kata-1.2")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the simplest step fails first
@DisplayName("Kata 1.2: Receive with a timeout")
class ReceiveTimeoutTest {

    private static final String SECTION = "(book: chapter 1, Kata 1.2)";

    private final ManualClock clock = new ManualClock();
    private final Mailbox mailbox = new Mailbox(clock);

    @Test
    @Order(1)
    @DisplayName("poll returns a message that is already there, even with a zero timeout")
    void zeroTimeoutStillTakesAWaitingMessage() throws Exception {
        mailbox.put("waiting");

        assertThat(mailbox.poll(Duration.ZERO)).as("poll(Duration.ZERO) with a message waiting %s", SECTION)
                .contains("waiting");
    }

    @Test
    @Order(2)
    @DisplayName("poll on an empty mailbox with a zero timeout returns empty at once")
    void zeroTimeoutOnEmptyMailboxGivesUp() throws Exception {
        assertThat(mailbox.poll(Duration.ZERO)).as("poll(Duration.ZERO) on an empty mailbox %s", SECTION)
                .isEmpty();
    }

    // tag::timeout-expires[]
    @Test
    @Order(3)
    @DisplayName("poll gives up when the node's clock passes the timeout, and leaves the mailbox as it was")
    void givesUpWhenTheClockPassesTheTimeout() throws Exception {
        var receiver = Threads.start(() -> mailbox.poll(Duration.ofSeconds(5)));
        awaitWaitingOnTheClock(receiver);

        clock.advance(Duration.ofSeconds(5));

        assertThat(receiver.result().get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
                .as("poll(5 s) once 5 s had passed on the clock %s", SECTION)
                .isEqualTo(Optional.empty());
        assertThat(mailbox.messages()).as("the mailbox after the timeout %s", SECTION).isEmpty();
    }
    // end::timeout-expires[]

    @Test
    @Order(4)
    @DisplayName("poll takes a message that arrives while it waits")
    void takesAMessageArrivingDuringTheWait() throws Exception {
        var receiver = Threads.start(() -> mailbox.poll(Duration.ofSeconds(5)));
        awaitWaitingOnTheClock(receiver);

        mailbox.put("just in time");

        assertThat(receiver.result().get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
                .as("poll(5 s) when a message arrived during the wait %s", SECTION)
                .contains("just in time");
    }

    @Test
    @Order(5)
    @DisplayName("poll keeps waiting while the clock has not yet reached the timeout")
    void keepsWaitingBeforeTheTimeout() throws Exception {
        var receiver = Threads.start(() -> mailbox.poll(Duration.ofSeconds(5)));
        awaitWaitingOnTheClock(receiver);

        clock.advance(Duration.ofSeconds(4));
        mailbox.put("after four seconds");

        assertThat(receiver.result().get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
                .as("poll(5 s) when a message came after 4 s %s", SECTION)
                .contains("after four seconds");
    }

    @Test
    @DisplayName("poll waits on after a wake-up that brought no message")
    void keepsWaitingAfterAWakeUpWithoutAMessage() throws Exception {
        var wakesEarly = new Mailbox(wakesOnceForNothing(clock));
        var receiver = Threads.start(() -> wakesEarly.poll(Duration.ofSeconds(5)));
        awaitWaitingOnTheClock(receiver);

        wakesEarly.put("after a wake-up for nothing");

        assertThat(receiver.result().get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
                .as("poll(5 s) when its first wait returned early with no message, then one came %s", SECTION)
                .contains("after a wake-up for nothing");
    }

    /**
     * {@code clock}, except that its first wait returns at once: a wake-up that promises
     * nothing, which {@link Clock#awaitUntil} allows (as {@link Condition#await} does).
     */
    private static Clock wakesOnceForNothing(ManualClock clock) {
        var woken = new AtomicBoolean();
        return new Clock() {
            @Override
            public long nanoTime() {
                return clock.nanoTime();
            }

            @Override
            public boolean awaitUntil(Lock lock, Condition condition, long deadline) throws InterruptedException {
                return woken.compareAndSet(false, true) || clock.awaitUntil(lock, condition, deadline);
            }
        };
    }

    private void awaitWaitingOnTheClock(Threads.Running<?> receiver) throws Exception {
        Threads.awaitWaitingOn(clock, receiver, "poll(5 s) on an empty mailbox %s".formatted(SECTION));
    }
}
