package letitcrash.mailbox;

import static letitcrash.testing.Threads.HANG_GUARD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import letitcrash.testing.Threads;
import letitcrash.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@Tag("ch01")
@Tag("kata-1.1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the simplest step fails first
@DisplayName("Kata 1.1: First in, first out")
class FirstInFirstOutTest {

    private static final String SECTION = "(book: chapter 1, Kata 1.1)";

    private final Mailbox mailbox = new Mailbox(Clock.system());

    // tag::fifo-order[]
    @Test
    @Order(1)
    @DisplayName("take returns messages in the order they were put")
    void takesMessagesInTheOrderTheyWerePut() throws Exception {
        mailbox.put("first");
        mailbox.put("second");
        mailbox.put("third");

        var taken = List.of(mailbox.take(), mailbox.take(), mailbox.take());

        assertThat(taken).as("the messages take() returned %s", SECTION)
                .containsExactly("first", "second", "third");
    }
    // end::fifo-order[]

    @Test
    @Order(2)
    @DisplayName("take removes the message it returns")
    void takeRemovesTheMessage() throws Exception {
        mailbox.put("only");

        mailbox.take();

        assertThat(mailbox.messages()).as("the mailbox after taking its only message %s", SECTION)
                .isEmpty();
    }

    // tag::fifo-blocks[]
    @Test
    @Order(3)
    @DisplayName("take waits for a message when the mailbox is empty")
    void takeWaitsForAMessage() throws Exception {
        var receiver = Threads.start(mailbox::take);

        assertThat(Threads.parks(receiver.thread()))
                .as("take() on an empty mailbox should wait for a message, not return or spin %s", SECTION)
                .isTrue();
        mailbox.put("hello");

        assertThat(receiver.result().get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
                .as("what the waiting take() returned once a message was put %s", SECTION)
                .isEqualTo("hello");
    }
    // end::fifo-blocks[]

    @Test
    @DisplayName("a take woken when another take got the message waits again for the next one")
    void aTakeWokenForNothingWaitsAgain() throws Exception {
        var first = Threads.start(mailbox::take);
        assertThat(Threads.parks(first.thread())).as("the first take() on an empty mailbox should wait %s", SECTION).isTrue();
        var second = Threads.start(mailbox::take);
        assertThat(Threads.parks(second.thread())).as("the second take() on an empty mailbox should wait %s", SECTION).isTrue();

        mailbox.put("one");
        // The winner's unlock hands the lock on, so once it has returned every woken take has been
        // let go: the other one either waits again or ends; it cannot still be parked from before.
        assertThat(Threads.eventually(() -> first.result().isDone() || second.result().isDone()))
                .as("one of two waiting takes should return once a message was put %s", SECTION).isTrue();
        var loser = first.result().isDone() ? second : first;

        assertThat(Threads.parks(loser.thread()))
                .as("the other take(), woken by the put but finding the message gone, %s instead of waiting again:"
                        + " a wake-up promises nothing, so look at the queue again in a while loop, not an if %s",
                        ended(loser), SECTION)
                .isTrue();
        mailbox.put("two");
        assertThat(loser.result().get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS))
                .as("what the other take() returned once a second message was put %s", SECTION).isEqualTo("two");
    }

    /** How a call that should still be waiting ended, in words. */
    private static String ended(Threads.Running<?> call) {
        if (!call.result().isDone()) {
            return "did not wait";
        }
        try {
            return "returned " + call.result().get();
        } catch (ExecutionException failed) {
            return "threw " + failed.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "was interrupted";
        }
    }

    @Test
    @Order(4) // before the test of many messages, which a take that keeps the lock makes wait out its time limit
    @DisplayName("take lets go of the mailbox: once it has returned, another thread can put")
    void takeLetsGoOfTheLock() throws Exception {
        mailbox.put("first");
        Threads.start(mailbox::take).result().get(HANG_GUARD.toSeconds(), TimeUnit.SECONDS);

        var sender = Threads.start(() -> {
            mailbox.put("second");
            return true;
        });

        assertThat(Threads.parks(sender.thread()))
                .as("a put from another thread, after take() returned, waited for the mailbox's lock:"
                        + " take must unlock it on every path, in a finally %s", SECTION)
                .isFalse();
    }

    @Test
    @Order(5)
    @DisplayName("messages put by one thread come out in order while another takes them")
    void keepsOrderBetweenOneSenderAndOneReceiver() throws Exception {
        int count = 10_000;
        var receiver = Threads.start(() -> {
            var received = new ArrayList<Object>(count);
            for (int i = 0; i < count; i++) {
                received.add(mailbox.take());
            }
            return received;
        });
        Threads.start(() -> {
            for (int i = 0; i < count; i++) {
                mailbox.put(i);
            }
            return count;
        }).await("putting " + count + " messages while another thread takes them " + SECTION);

        var received = receiver.await("taking " + count + " messages " + SECTION);

        assertThat(received).as("%d messages from one sender, in the order received %s", count, SECTION)
                .isEqualTo(java.util.stream.IntStream.range(0, count).boxed().toList());
    }
}
