package letitcrash.supervisor;

import java.time.Duration;
import letitcrash.process.ExitReason;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.server.GenServer;
import letitcrash.server.Server;

/**
 * The child of the supervisor tests: a server registered under its id, which ends with
 * whatever reason it is cast (a {@link #CRASH} throws), and tells an observer when its
 * terminate begins and ends. It may trap exits, and take its time to terminate.
 *
 * @param observer who hears of terminate, or null
 * @param terminateTime how long terminate waits on the node's clock before it ends
 */
record Worker(String id, Pid observer, boolean trapExits, Duration terminateTime) implements Server<String> {

    /** Cast it to make the worker's callback throw. */
    static final String CRASH = "crash";

    /** What the observer hears. */
    record Terminating(String id, ExitReason reason) {}

    record Terminated(String id) {}

    /** Cast it to make the worker unlink itself from {@code other}: a child that cuts its link to its supervisor. */
    record Unlink(Pid other) {}

    /** A worker that does not trap exits, and nobody watches. */
    static Worker of(String id) {
        return new Worker(id, null, false, Duration.ZERO);
    }

    Worker trapping(Pid observer) {
        return new Worker(id, observer, true, terminateTime);
    }

    Worker terminatingIn(Duration time) {
        return new Worker(id, observer, trapExits, time);
    }

    /** A permanent worker spec with OTP's defaults that starts this worker under its id. */
    ChildSpec spec() {
        return ChildSpec.worker(id, () -> GenServer.startLink(this, null, id));
    }

    @Override
    public String init(Object arg) {
        Proc.trapExits(trapExits);
        return id;
    }

    @Override
    public CallResult<String> handleCall(Object request, letitcrash.server.From from, String state) {
        return new Reply<>(Proc.self(), state);
    }

    @Override
    public CastResult<String> handleCast(Object request, String state) {
        if (CRASH.equals(request)) {
            throw new IllegalStateException("boom");
        }
        if (request instanceof Unlink(Pid other)) {
            Proc.unlink(other);
            return new NoReply<>(state);
        }
        return new Stop<>((ExitReason) request, state);
    }

    @Override
    public void terminate(ExitReason reason, String state) throws Exception {
        if (observer != null) {
            Proc.send(observer, new Terminating(id, reason));
        }
        if (!terminateTime.isZero()) {
            Proc.receive(Void.class, nothing -> false, terminateTime);
        }
        if (observer != null) {
            Proc.send(observer, new Terminated(id));
        }
    }
}
