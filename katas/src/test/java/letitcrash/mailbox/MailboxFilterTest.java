package letitcrash.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import letitcrash.time.Clock;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** What a selective receive's filter may do: look at the message, nothing more. */
@Tag("ch01")
@DisplayName("A receive filter cannot corrupt its mailbox")
class MailboxFilterTest {

    @Test
    @DisplayName("a filter that puts into the mailbox it scans fails clearly, and the mailbox keeps its messages")
    void aFilterThatPutsFailsClearly() {
        var mailbox = new Mailbox(Clock.system());
        mailbox.put("first");
        mailbox.put("second");

        assertThatThrownBy(() -> mailbox.poll(String.class, message -> {
            mailbox.put("from the filter");
            return false;
        }, Duration.ZERO)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("a receive filter put a message into the mailbox it is scanning");
        assertThat(mailbox.messages()).containsExactly("first", "second");
        assertThat(mailbox.insideFilter()).as("the lock is released after the failure").isFalse();
    }
}
