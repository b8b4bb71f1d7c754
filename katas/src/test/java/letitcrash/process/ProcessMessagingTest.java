package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@Tag("ch01")
@Tag("kata-1.1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the simplest step fails first
@DisplayName("Kata 1.1: processes send and receive through their mailboxes")
class ProcessMessagingTest {

    private static final String SECTION = "(book: chapter 1, Kata 1.1)";

    record Ping(Pid from) {}

    @AutoClose
    private final Node node = Node.start();

    // tag::process-echo[]
    @Test
    @Order(1)
    @DisplayName("a process receives what another sends, and can reply to self()")
    void echoesAMessageBack() throws Exception {
        Pid echo = node.spawn(() -> {
            var ping = (Ping) Proc.receive();
            Proc.send(ping.from(), "pong from " + Proc.self());
        });

        var reply = node.run(() -> {
            Proc.send(echo, new Ping(Proc.self()));
            return Proc.receive();
        });

        assertThat(reply).as("the echo process's reply %s", SECTION).isEqualTo("pong from " + echo);
    }
    // end::process-echo[]

    @Test
    @Order(2)
    @DisplayName("messages from one process to another arrive in the order they were sent")
    void keepsOrderPerSenderReceiverPair() throws Exception {
        int count = 10_000;
        var received = node.run(() -> {
            Pid me = Proc.self();
            node.spawn(() -> IntStream.range(0, count).forEach(i -> Proc.send(me, i)));
            var all = new ArrayList<Object>();
            for (int i = 0; i < count; i++) {
                all.add(Proc.receive());
            }
            return all;
        });

        assertThat(received).as("%d messages from one sender, in the order received %s", count, SECTION)
                .isEqualTo(IntStream.range(0, count).boxed().toList());
    }
}
