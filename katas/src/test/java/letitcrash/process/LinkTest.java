package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

@Tag("ch02")
@Tag("kata-2.3")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the simplest step fails first
@DisplayName("Kata 2.3: Links")
class LinkTest {

    private static final String SECTION = "(book: chapter 2, Kata 2.3)";
    private static final Duration GUARD = Duration.ofSeconds(5);

    @AutoClose
    private final Node node = Node.start();

    // tag::link-both-ways[]
    @Test
    @Order(1)
    @DisplayName("a link works both ways: whichever end crashes takes the other down")
    void aLinkWorksBothWays() throws Exception {
        assertThat(reasonOfPartnerWhenCrashing(true)).as("the process that linked, when its partner crashed %s", SECTION)
                .contains(ExitReason.of("boom"));
        assertThat(reasonOfPartnerWhenCrashing(false)).as("the linked-to process, when the linker crashed %s", SECTION)
                .contains(ExitReason.of("boom"));
    }
    // end::link-both-ways[]

    @Test
    @Order(2)
    @DisplayName("linking to a process that has ended gives a trapping caller {EXIT, pid, noproc}")
    void linkingToAnEndedProcessGivesNoproc() throws Exception {
        Pid gone = node.spawn(() -> {});
        awaitEnd(gone);

        var message = node.run(() -> {
            Proc.trapExits(true);
            Proc.link(gone);
            return Proc.receive(Exit.class, e -> true, GUARD);
        });

        assertThat(message).as("what a trapping process got after linking to an ended one %s", SECTION)
                .contains(new Exit(gone, ExitReason.NOPROC));
    }

    @Test
    @Order(3)
    @DisplayName("after unlink, a crash no longer reaches the other process")
    void unlinkStopsTheSignal() throws Exception {
        var got = node.run(() -> {
            Proc.trapExits(true);
            Pid test = Proc.self();
            Pid partner = Proc.spawn(() -> {
                Proc.receive();
                throw new ProcessExit(ExitReason.of("boom"));
            });
            Proc.link(partner);
            Proc.unlink(partner);
            Ref ref = Proc.monitor(partner);
            Proc.send(partner, "crash now");
            Proc.receive(Down.class, d -> d.ref().equals(ref), GUARD).orElseThrow();
            Proc.send(test, "probe");
            return Proc.receive(Object.class, m -> m instanceof Exit || "probe".equals(m), GUARD);
        });

        assertThat(got).as("the first Exit or probe after the unlinked partner crashed %s", SECTION).contains("probe");
    }

    /**
     * One process links to another; one of the two (the linker, if {@code partnerLinks} is
     * false) then crashes with boom. Returns how the other one ended.
     */
    private Optional<ExitReason> reasonOfPartnerWhenCrashing(boolean partnerLinks) throws Exception {
        return node.run(() -> {
            Pid test = Proc.self();
            ProcessBody crashOnMessage = () -> {
                Proc.receive();
                throw new ProcessExit(ExitReason.of("boom"));
            };
            Pid passive = Proc.spawn(crashOnMessage);
            Pid linker = Proc.spawn(() -> {
                Proc.link(passive);
                Proc.send(test, "linked");
                crashOnMessage.run();
            });
            Proc.receive(String.class, "linked"::equals, GUARD).orElseThrow();
            Pid crasher = partnerLinks ? passive : linker;
            Pid partner = partnerLinks ? linker : passive;
            Ref ref = Proc.monitor(partner);
            Proc.send(crasher, "crash now");
            return Proc.receive(Down.class, d -> d.ref().equals(ref), GUARD).map(Down::reason);
        });
    }

    /** Waits, with a monitor (kata 2.1), until {@code pid} has ended. */
    private void awaitEnd(Pid pid) throws Exception {
        node.run(() -> {
            EndedMeansStoppedTest.awaitEnd(pid);
            return null;
        });
    }
}
