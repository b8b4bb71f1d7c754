package letitcrash.mailbox;

import static letitcrash.testing.Threads.HANG_GUARD;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import letitcrash.testing.Threads;
import letitcrash.time.ManualClock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@Tag("ch01")
@Tag("kata-1.3")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the simplest step fails first
@DisplayName("Kata 1.3: Selective receive")
class SelectiveReceiveTest {

    private static final String SECTION = "(book: chapter 1, Kata 1.3)";

    record A(int n) {}

    record B(int n) {}

    record C(int n) {}

    private final ManualClock clock = new ManualClock();
    private final Mailbox mailbox = new Mailbox(clock);

    // tag::selective-keeps-order[]
    @Test
    @Order(1)
    @DisplayName("takes the first matching message and keeps the skipped ones in order")
    void keepsSkippedMessagesInOrder() throws Exception {
        mailbox.put(new A(1));
        mailbox.put(new B(2));
        mailbox.put(new A(3));
        mailbox.put(new C(4));

        var taken = mailbox.poll(B.class, b -> true, Duration.ZERO);

        assertThat(taken).as("the message a receive for B took %s", SECTION).contains(new B(2));
        assertThat(mailbox.messages()).as("the messages left after taking B(2) %s", SECTION)
                .containsExactly(new A(1), new A(3), new C(4));
    }
    // end::selective-keeps-order[]

    @Test
    @Order(2)
    @DisplayName("takes the oldest message that passes the filter")
    void takesTheOldestMatch() throws Exception {
        mailbox.put(new A(1));
        mailbox.put(new A(2));
        mailbox.put(new A(3));

        var taken = mailbox.poll(A.class, a -> a.n() > 1, Duration.ZERO);

        assertThat(taken).as("the first A with n > 1 %s", SECTION).contains(new A(2));
        assertThat(mailbox.messages()).as("the messages left %s", SECTION).containsExactly(new A(1), new A(3));
    }

    @Test
    @Order(3)
    @DisplayName("a zero timeout with no match returns empty and removes nothing")
    void noMatchLeavesTheMailboxAlone() throws Exception {
        mailbox.put(new A(1));

        assertThat(mailbox.poll(B.class, b -> true, Duration.ZERO)).as("a receive for B with only an A waiting %s", SECTION)
                .isEmpty();
        assertThat(mailbox.messages()).as("the mailbox after a receive that matched nothing %s", SECTION)
                .containsExactly(new A(1));
    }

    // tag::selective-waits-for-match[]
    @Test
    @Order(4)
    @DisplayName("waits for a matching message; others arriving meanwhile neither end the wait nor get lost")
    void waitsForAMatchingMessage() throws Exception {
        var receiver = Threads.start(() -> mailbox.poll(C.class, c -> true, Duration.ofSeconds(5)));
        awaitWaitingOnTheClock(receiver);

        mailbox.put(new A(1));
        mailbox.put(new C(2));

        assertThat(receiver.result().get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
                .as("a receive for C when an A and then a C arrived %s", SECTION)
                .contains(new C(2));
        assertThat(mailbox.messages()).as("the messages left %s", SECTION).containsExactly(new A(1));
    }
    // end::selective-waits-for-match[]

    @Test
    @Order(5)
    @DisplayName("times out when only non-matching messages arrive")
    void timesOutWhenNothingMatches() throws Exception {
        var receiver = Threads.start(() -> mailbox.poll(C.class, c -> true, Duration.ofSeconds(5)));
        awaitWaitingOnTheClock(receiver);

        mailbox.put(new A(1));
        clock.advance(Duration.ofSeconds(5));

        assertThat(receiver.result().get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
                .as("a receive for C after 5 s with only an A in the mailbox %s", SECTION)
                .isEqualTo(Optional.empty());
        assertThat(mailbox.messages()).as("the messages left %s", SECTION).containsExactly(new A(1));
    }

    @Test
    @DisplayName("a message that does not match neither restarts nor extends the timeout")
    void aNonMatchingMessageKeepsTheDeadline() throws Exception {
        var receiver = Threads.start(() -> mailbox.poll(C.class, c -> true, Duration.ofSeconds(5)));
        awaitWaitingOnTheClock(receiver);

        clock.advance(Duration.ofSeconds(3));
        mailbox.put(new A(1));
        clock.advance(Duration.ofSeconds(2));

        assertThat(receiver.result())
                .as("a receive for C with a 5 s timeout, after 3 s, an A, and 2 s more: the deadline is fixed once %s", SECTION)
                .succeedsWithin(HANG_GUARD).isEqualTo(Optional.empty());
    }

    @Test
    @DisplayName("a put wakes every waiting receiver: the one waiting for a C gets it while another waits for a B")
    void aPutWakesEveryWaitingReceiver() throws Exception {
        var wantsB = Threads.start(() -> mailbox.poll(B.class, b -> true, Duration.ofSeconds(5)));
        awaitWaitingOnTheClock(wantsB);
        var wantsC = Threads.start(() -> mailbox.poll(C.class, c -> true, Duration.ofSeconds(5)));
        // The first receiver holds the lock until its wait lets go of it, so the second waits behind it.
        assertThat(Threads.eventually(() -> clock.waiting() == 2))
                .as("a second selective receive with nothing matching should wait on the clock too %s", SECTION).isTrue();

        mailbox.put(new C(1));

        assertThat(wantsC.result())
                .as("a receive for C, waiting behind a receive for B, after a C was put: put (kata 1.1) must wake"
                        + " every waiting receiver, not one, since one woken for a message it does not want"
                        + " only waits again %s", SECTION)
                .succeedsWithin(HANG_GUARD).isEqualTo(Optional.of(new C(1)));
        clock.advance(Duration.ofSeconds(5));
        assertThat(wantsB.result()).as("the receive for B once its 5 s were up %s", SECTION)
                .succeedsWithin(HANG_GUARD).isEqualTo(Optional.empty());
    }

    private void awaitWaitingOnTheClock(Threads.Running<?> receiver) throws Exception {
        Threads.awaitWaitingOn(clock, receiver, "a selective receive with nothing matching %s".formatted(SECTION));
    }
}
