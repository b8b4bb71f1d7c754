package letitcrash.server;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import letitcrash.process.Exit;
import letitcrash.process.ExitReason;
import letitcrash.process.Pid;
import letitcrash.process.Proc;

/**
 * The server the terminate table starts: it does what its setup says, and tells the test
 * what happens to it. Its state is its {@link Config}.
 *
 * <p>What terminate does goes in a {@link Log}, as a backup written to a file would, not in
 * messages: a process's code can go on running for a moment after a signal ended it (Java
 * cannot stop a thread; the runtime interrupts it), and such a late terminate must be
 * seen. The test reads the log once the server's thread has finished.
 */
final class Probe implements Server<Probe.Config> {

    /**
     * How the server behaves: whether init traps exits or fails (with {@code failInit},
     * when not null), and how long terminate works, on the node's clock, before it is done.
     */
    record Setup(boolean trapExits, Exception failInit, Duration terminateTakes) {}

    /** The setup, the test's process, to which it sends pongs and infos, and the log. */
    record Config(Pid test, Setup setup, Log log) {}

    /** What terminate did, and the thread that ran the server's code. */
    static final class Log {
        final Queue<Object> events = new ConcurrentLinkedQueue<>();
        volatile Thread thread;
    }

    /** Logged when terminate begins. */
    record TerminateStarted(ExitReason reason) {}

    /** Logged when terminate has done its work. */
    record TerminateFinished() {}

    /** Reported for each message handleInfo gets; an {@code Exit} reads {@code {EXIT, from, reason}}. */
    record Info(String message) {}

    static final String PONG = "pong";
    static final String BUSY = "busy";

    @Override
    public Config init(Object arg) throws Exception {
        var config = (Config) arg;
        config.log().thread = Thread.currentThread();
        if (config.setup().failInit() != null) {
            throw config.setup().failInit();
        }
        Proc.trapExits(config.setup().trapExits());
        return config;
    }

    @Override
    public CastResult<Config> handleCast(Object request, Config config) throws InterruptedException {
        return switch ((String) request) {
            case "crash" -> throw new IllegalStateException("boom");
            case "stop" -> new Stop<>(ExitReason.of("done"), config);
            case "work" -> {
                Proc.send(config.test(), BUSY);
                Proc.receive(Object.class, message -> false, Duration.ofMinutes(1));
                yield new NoReply<>(config);
            }
            case "ping" -> {
                Proc.send(config.test(), PONG);
                yield new NoReply<>(config);
            }
            default -> throw new IllegalArgumentException("unknown cast " + request);
        };
    }

    @Override
    public CastResult<Config> handleInfo(Object message, Config config) {
        Proc.send(config.test(), new Info(message instanceof Exit exit
                ? "{EXIT, from, " + exit.reason() + "}" : message.toString()));
        return new NoReply<>(config);
    }

    /** Logs that it started; works as long as the setup says (a backup being written, say); logs that it finished. */
    @Override
    public void terminate(ExitReason reason, Config config) throws InterruptedException {
        config.log().events.add(new TerminateStarted(reason));
        if (!config.setup().terminateTakes().isZero()) {
            Proc.receive(Object.class, message -> false, config.setup().terminateTakes());
        }
        config.log().events.add(new TerminateFinished());
    }
}
