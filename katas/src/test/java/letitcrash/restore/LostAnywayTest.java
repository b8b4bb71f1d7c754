package letitcrash.restore;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.server.From;
import letitcrash.server.Server;
import letitcrash.supervisor.ChildSpec;
import letitcrash.supervisor.Shutdown;
import letitcrash.supervisor.Supervisor;
import letitcrash.testing.Approved;
import letitcrash.testing.Threads;
import letitcrash.time.ManualClock;
import letitcrash.wallet.Wallet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Case 5: the pattern saves only in terminate, and terminate does not always run. Each run
 * makes three deposits, each acknowledged by a balance call, ends the wallet one way, starts
 * it again and counts the acknowledged deposits it no longer holds. (The JVM's own death is
 * {@code letitcrash.jvm.LostOnSigkillTest}.)
 */
@Tag("ch06")
@Timeout(value = 20, unit = TimeUnit.SECONDS)
@DisplayName("Case 5: state lost anyway, because terminate did not run")
class LostAnywayTest {

    private static final int DEPOSITS = 3;

    /** How the wallet is made to end. */
    enum Ending { KILL, SHUTDOWN_NOT_TRAPPING, TERMINATE_OVERRUNS }

    /**
     * The restore pattern, with one thing changed for a run: it stops trapping, or its
     * terminate takes 6 s of the node's clock first. {@code terminating} is counted down as
     * terminate begins, so the test knows when to move the clock.
     */
    record Changed(RestoredWallet pattern, boolean traps, Duration slowTerminate, CountDownLatch terminating)
            implements Server<Wallet.State> {
        @Override
        public Wallet.State init(Object arg) throws Exception {
            var state = pattern.init(arg);
            Proc.trapExits(traps);
            return state;
        }

        @Override
        public CallResult<Wallet.State> handleCall(Object request, From from, Wallet.State state) {
            return pattern.handleCall(request, from, state);
        }

        @Override
        public CastResult<Wallet.State> handleCast(Object request, Wallet.State state) {
            return pattern.handleCast(request, state);
        }

        @Override
        public void terminate(ExitReason reason, Wallet.State state) throws Exception {
            terminating.countDown();
            Proc.receive(Void.class, nothing -> false, slowTerminate); // waits on the node's clock
            pattern.terminate(reason, state);
        }
    }

    private static ChildSpec wallet(Ending ending, CountDownLatch terminating) {
        var pattern = new RestoredWallet("wallet");
        var server = new Changed(pattern, ending != Ending.SHUTDOWN_NOT_TRAPPING,
                ending == Ending.TERMINATE_OVERRUNS ? Duration.ofSeconds(6) : Duration.ZERO, terminating);
        return ChildSpec.worker("wallet", () -> letitcrash.server.GenServer.startLink(server, null, "wallet"))
                .withShutdown(Shutdown.after(Duration.ofSeconds(5)));
    }

    // tag::lost-anyway-run[]
    static String lost(Ending ending) throws Exception {
        var clock = new ManualClock();
        var terminating = new CountDownLatch(1);
        try (var node = Node.start(clock)) {
            var run = Threads.start(() -> node.run(() -> {
                Rig.backup();
                Pid supervisor = Rig.wallets(List.of(wallet(ending, terminating)));
                String acknowledged = "";
                for (int i = 1; i <= DEPOSITS; i++) {
                    Wallet.deposit(Rig.whereis("wallet"), "1.00");
                    acknowledged = Rig.balance("wallet"); // the deposit is acknowledged
                }
                if (ending == Ending.KILL) {
                    Rig.end(supervisor, Rig.whereis("wallet"), ExitReason.KILL);
                } else {
                    Supervisor.terminateChild(supervisor, "wallet"); // shutdown, then kill after 5 s
                    Supervisor.restartChild(supervisor, "wallet");
                }
                var after = Rig.balance("wallet");
                int lost = new java.math.BigDecimal(acknowledged).subtract(new java.math.BigDecimal(after)).intValue();
                return ending + ": acknowledged " + acknowledged + ", restored " + after + ", lost " + lost + " of " + DEPOSITS;
            }));
            if (ending == Ending.TERMINATE_OVERRUNS) {
                // Once terminate has begun, three wait on the clock: the caller in terminateChild, the
                // supervisor for the Down (5 s), the wallet in terminate (6 s). Nothing else waits on it then.
                assertThat(terminating.await(Threads.HANG_GUARD.toSeconds(), TimeUnit.SECONDS)).as("terminate began").isTrue();
                assertThat(Threads.eventually(() -> clock.waiting() == 3)).as("three wait on the clock").isTrue();
                clock.advance(Duration.ofSeconds(5));
            }
            return run.result().get();
        }
    }
    // end::lost-anyway-run[]

    // tag::lost-anyway-test[]
    @Test
    @DisplayName("case 5: kill, a shutdown without trapping, a terminate that overruns: every acknowledged deposit is lost")
    void terminateDoesNotRun() throws Exception {
        var lines = List.of(lost(Ending.KILL), lost(Ending.SHUTDOWN_NOT_TRAPPING), lost(Ending.TERMINATE_OVERRUNS));
        assertThat(lines).allMatch(line -> line.endsWith("lost 3 of 3"));
        Approved.verify(String.join("\n", lines) + "\n");
    }
    // end::lost-anyway-test[]
}
