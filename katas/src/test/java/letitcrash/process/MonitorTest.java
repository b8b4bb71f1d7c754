package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import letitcrash.testing.Expect;
import letitcrash.testing.Threads;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@Tag("ch02")
@Tag("kata-2.1")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the simplest step fails first
@DisplayName("Kata 2.1: Monitors")
class MonitorTest {

    private static final String SECTION = "(book: chapter 2, Kata 2.1)";
    private static final Duration GUARD = Threads.HANG_GUARD;

    @AutoClose
    private final Node node = Node.start();

    // tag::monitor-down[]
    @Test
    @Order(1)
    @DisplayName("a monitor delivers DOWN with the reason, and the watcher lives on")
    void deliversDownAndTheWatcherLivesOn() throws Exception {
        Pid target = node.spawn(() -> {
            Proc.receive();
            throw new IllegalStateException("bad state");
        });

        var down = node.run(() -> {
            Ref ref = Proc.monitor(target);
            Proc.send(target, "crash now");
            return Expect.down(ref, GUARD, "the monitored process, told to crash");
        });

        assertThat(down.pid()).as("the DOWN's pid %s", SECTION).isEqualTo(target);
        assertThat(down.reason().toString()).as("the DOWN's reason %s", SECTION)
                .isEqualTo("crash(IllegalStateException: bad state)");
    }
    // end::monitor-down[]

    @Test
    @Order(2)
    @DisplayName("monitoring a process that has ended gives DOWN noproc at once")
    void monitoringAnEndedProcessGivesNoproc() throws Exception {
        Pid gone = node.spawn(() -> {});
        node.run(() -> {
            EndedMeansStoppedTest.awaitEnd(gone);
            return null;
        });

        var down = node.run(() -> {
            Ref ref = Proc.monitor(gone);
            return Expect.down(ref, Duration.ZERO, "a process that had ended, in the mailbox as soon as monitor returns");
        });

        assertThat(down.reason()).as("the reason in the DOWN for an ended process %s", SECTION).isEqualTo(ExitReason.NOPROC);
    }

    @Test
    @Order(3)
    @DisplayName("monitors stack: two monitors give two refs and two DOWN messages")
    void monitorsStack() throws Exception {
        Pid target = node.spawn(Proc::receive);

        var downs = node.run(() -> {
            Ref first = Proc.monitor(target);
            Ref second = Proc.monitor(target);
            Proc.send(target, "end normally");
            return List.of(Expect.down(first, GUARD, "the target, for the first of two monitors"),
                    Expect.down(second, GUARD, "the target, for the second of two monitors"));
        });

        assertThat(downs).as("the two DOWN messages %s", SECTION).extracting(Down::reason)
                .containsExactly(ExitReason.NORMAL, ExitReason.NORMAL);
        assertThat(downs.get(0).ref()).as("the two refs %s", SECTION).isNotEqualTo(downs.get(1).ref());
    }

    @Test
    @Order(4)
    @DisplayName("after demonitor, the end of the process sends no DOWN")
    void demonitorStopsTheDown() throws Exception {
        Pid target = node.spawn(Proc::receive);

        var got = node.run(() -> {
            Ref ref = Proc.monitor(target);
            Proc.demonitor(ref, false);
            Ref check = Proc.monitor(target);
            Proc.send(target, "end normally");
            return Expect.message(Down.class, d -> true, GUARD, "a DOWN once the target, monitored again, ended").ref().equals(check)
                    && Proc.receive(Down.class, d -> true, Duration.ZERO).isEmpty();
        });

        assertThat(got).as("only the DOWN of the monitor still in place arrived %s", SECTION).isTrue();
    }

    @Test
    @Order(5)
    @DisplayName("demonitor with flush also removes a DOWN that has already arrived")
    void demonitorWithFlushRemovesADeliveredDown() throws Exception {
        Pid target = node.spawn(Proc::receive);

        var left = node.run(() -> {
            Ref ref = Proc.monitor(target);
            Ref check = Proc.monitor(target);
            Proc.send(target, "end normally");
            Expect.down(check, GUARD, "the target, for the second of two monitors");
            Proc.demonitor(ref, true);
            return node.messages(Proc.self());
        });

        assertThat(left).as("the mailbox after demonitor(ref, flush) %s", SECTION).isEmpty();
    }
}
