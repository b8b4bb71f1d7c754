package letitcrash.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import letitcrash.process.ProcessEvent.Linked;
import letitcrash.process.ProcessEvent.Signalled;
import letitcrash.process.ProcessEvent.Unlinked;
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
@Tag("kata-2.3")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the simplest step fails first
@DisplayName("Kata 2.3: Links")
class LinkTest {

    private static final String SECTION = "(book: chapter 2, Kata 2.3)";
    private static final Duration GUARD = Threads.HANG_GUARD;

    @AutoClose
    private final Node node = Node.start();

    // tag::link-both-ways[]
    @Test
    @Order(1)
    @DisplayName("a link works both ways: whichever end crashes takes the other down")
    void aLinkWorksBothWays() throws Exception {
        assertThat(reasonOfPartnerWhenCrashing(true)).as("the process that linked, when its partner crashed %s", SECTION)
                .isEqualTo(ExitReason.of("boom"));
        assertThat(reasonOfPartnerWhenCrashing(false)).as("the linked-to process, when the linker crashed %s", SECTION)
                .isEqualTo(ExitReason.of("boom"));
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
            return Expect.message(Exit.class, e -> true, GUARD, "an Exit for a trapping process that linked to an ended one");
        });

        assertThat(message).as("what a trapping process got after linking to an ended one %s", SECTION)
                .isEqualTo(new Exit(gone, ExitReason.NOPROC));
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
            Expect.down(ref, GUARD, "the partner, unlinked and told to crash");
            Proc.send(test, "probe");
            return Expect.message(Object.class, m -> m instanceof Exit || "probe".equals(m), GUARD,
                    "an Exit, or the probe sent once the unlinked partner had crashed");
        });

        assertThat(got).as("the first Exit or probe after the unlinked partner crashed %s", SECTION).isEqualTo("probe");
    }

    @Test
    @DisplayName("a second link between the same two processes changes nothing, and the trace shows one link")
    void linkingTwiceRecordsOneLink() throws Exception {
        var seen = withAPartner(partner -> {
            Proc.link(partner);
            Proc.link(partner);
        });

        assertThat(seen.events().stream().filter(Linked.class::isInstance))
                .as("the link lines in the trace after %s linked to %s twice: the second link finds them linked"
                        + " and records nothing %s", seen.self(), seen.partner(), SECTION)
                .containsExactly(new Linked(seen.self(), seen.partner()));
    }

    @Test
    @DisplayName("a trapped noproc from linking to an ended process is in the trace as a trapped signal")
    void aTrappedNoprocIsRecorded() throws Exception {
        Pid gone = node.spawn(() -> {});
        awaitEnd(gone);

        var seen = node.run(() -> {
            Proc.trapExits(true);
            Proc.link(gone);
            Expect.message(Exit.class, e -> e.from().equals(gone), GUARD, "the {EXIT, " + gone + ", noproc} of the link");
            return new Seen(Proc.self(), gone, node.trace().events());
        });

        assertThat(seen.events().stream().filter(event -> event instanceof Signalled || event instanceof Linked))
                .as("the signal and link lines in the trace after %s, trapping exits, linked to %s, which had ended:"
                        + " the noproc it got is a signal like any other, and the trace shows each one %s",
                        seen.self(), gone, SECTION)
                .containsExactly(new Signalled(gone, seen.self(), ExitReason.NOPROC, SignalEffect.TRAPPED));
    }

    @Test
    @DisplayName("unlink where there is no link changes nothing, and the trace shows only the unlink of a real link")
    void anUnlinkWithNoLinkIsNotRecorded() throws Exception {
        var seen = withAPartner(partner -> {
            Proc.unlink(partner);
            Proc.link(partner);
            Proc.unlink(partner);
            Proc.unlink(partner);
        });

        assertThat(seen.events().stream().filter(Unlinked.class::isInstance))
                .as("the unlink lines in the trace after %s unlinked from %s, then linked and unlinked twice:"
                        + " only the unlink that removed a link is one %s", seen.self(), seen.partner(), SECTION)
                .containsExactly(new Unlinked(seen.self(), seen.partner()));
    }

    /** What a test process saw: itself, the other process, and the node's trace at the end. */
    private record Seen(Pid self, Pid partner, List<TraceEvent> events) {}

    /** What a test process, doing {@code links} to a partner that only waits, saw. */
    private Seen withAPartner(java.util.function.Consumer<Pid> links) throws Exception {
        return node.run(() -> {
            Pid partner = Proc.spawn(Proc::receive);
            links.accept(partner);
            return new Seen(Proc.self(), partner, node.trace().events());
        });
    }

    /**
     * One process links to another; one of the two (the linker, if {@code partnerLinks} is
     * false) then crashes with boom. Returns how the other one ended.
     */
    private ExitReason reasonOfPartnerWhenCrashing(boolean partnerLinks) throws Exception {
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
            Expect.message(String.class, "linked"::equals, GUARD, "'linked' from the process that links");
            Pid crasher = partnerLinks ? passive : linker;
            Pid partner = partnerLinks ? linker : passive;
            Ref ref = Proc.monitor(partner);
            Proc.send(crasher, "crash now");
            return Expect.down(ref, GUARD, (partnerLinks ? "the process that linked" : "the process linked to")
                    + ", once the other end crashed").reason();
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
