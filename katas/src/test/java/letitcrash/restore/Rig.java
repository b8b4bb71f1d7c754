package letitcrash.restore;

import java.util.List;
import java.util.stream.Collectors;
import letitcrash.process.ExitReason;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.TraceEvent;
import letitcrash.server.CallExit;
import letitcrash.server.GenServer;
import letitcrash.supervisor.ChildSpec;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;
import letitcrash.supervisor.SupervisorEvent;
import letitcrash.testing.Expect;
import letitcrash.wallet.Wallet;

/**
 * Test support for chapter 6: the backup under a supervisor of its own, wallets under
 * another, and ways to hurt a wallet and wait, without sleeping, until its supervisor has
 * dealt with it. Every method runs in a process.
 */
final class Rig {

    private Rig() {}

    /** Starts the backup under a supervisor of its own (Elixir's defaults); returns that supervisor. */
    static Pid backup() throws InterruptedException {
        return Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(Backup.spec()));
    }

    /** Starts {@code wallets} under one supervisor with Elixir's defaults, 3 restarts in 5 s. */
    static Pid wallets(List<ChildSpec> wallets) throws InterruptedException {
        return Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), wallets);
    }

    static Pid whereis(String name) {
        return Expect.whereis(name);
    }

    /** Asks {@code name} its balance: the balance, or what the call exited with (a crash). */
    static String balance(String name) throws InterruptedException {
        var wallet = whereis(name);
        var watch = Proc.monitor(wallet);
        try {
            var balance = Wallet.balance(wallet);
            Proc.demonitor(watch, true);
            return balance.toPlainString();
        } catch (CallExit crashed) {
            Expect.down(watch, GenServer.INFINITY, "the wallet " + name + ", whose call exited");
            return "crashed: " + crashed.reason();
        }
    }

    /** Casts {@code request} to the wallet {@code name}, which it crashes, and waits until {@code supervisor} has dealt with it. */
    static void crash(Pid supervisor, String name, Object request) throws InterruptedException {
        var wallet = whereis(name);
        var watch = Proc.monitor(wallet);
        GenServer.cast(wallet, request);
        Expect.down(watch, GenServer.INFINITY, "the wallet " + name + ", cast " + request + " to crash it");
        settle(supervisor);
    }

    /** Ends {@code pid} with {@code reason}, waits for its Down, then for {@code supervisor} to deal with it. */
    static void end(Pid supervisor, Pid pid, ExitReason reason) throws InterruptedException {
        var watch = Proc.monitor(pid);
        Proc.exit(pid, reason);
        Expect.down(watch, GenServer.INFINITY, pid + ", sent the exit signal " + reason);
        settle(supervisor);
    }

    /**
     * Returns once {@code supervisor} has handled every message sent to it before this call,
     * or has ended. Enough after a child's Down: the node signals links before monitors, so
     * the supervisor's Exit is already in its mailbox, ahead of this call.
     */
    static void settle(Pid supervisor) throws InterruptedException {
        try {
            Supervisor.countChildren(supervisor);
        } catch (CallExit ended) {
            // it gave up: nothing more to wait for
        }
    }

    /** The supervisor and backup events in the node's trace, one line each. */
    static String events(Node node) {
        return node.trace().events().stream()
                .filter(e -> e instanceof SupervisorEvent || e instanceof BackupEvent)
                .map(TraceEvent::line).collect(Collectors.joining("\n", "", "\n"));
    }
}
