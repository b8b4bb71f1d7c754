package letitcrash.server;

import java.time.Duration;
import letitcrash.process.Down;
import letitcrash.process.ExitReason;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.Ref;
import letitcrash.server.ServerMessage.CallReply;
import letitcrash.server.ServerMessage.CallRequest;
import letitcrash.server.ServerMessage.CastRequest;
import letitcrash.server.ServerMessage.InitAck;
import letitcrash.server.ServerMessage.InitFailed;
import letitcrash.server.ServerMessage.InitIgnored;
import letitcrash.server.ServerMessage.Started;
import letitcrash.server.ServerMessage.StopRequest;

/**
 * Starts servers and talks to them: Elixir's {@code GenServer} functions. Every function
 * must be called from inside a process (in a test or JShell, through {@code node.run}),
 * and every wait is a selective receive on the node's clock, so a virtual clock times it out.
 *
 * <p>A call monitors the server and waits for the reply or the server's end, whichever
 * comes first: a call to a server that has ended fails at once with {@code noproc}, never
 * after its timeout. The reply comes through an alias that the call deactivates before it
 * returns or throws, so a reply that comes too late is dropped: the caller's mailbox never
 * holds it.
 */
public final class GenServer {

    /** How long {@link #call(Pid, Object)} waits: five seconds, as in OTP. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    /** A wait with no end: Erlang's {@code :infinity}. */
    public static final Duration INFINITY = Duration.ofNanos(Long.MAX_VALUE);

    private GenServer() {}

    /**
     * Starts {@code server} in a new process, not linked to the caller, and returns its pid
     * once {@link Server#init} has returned. With no link, the server has no parent: every
     * exit signal it traps reaches {@link Server#handleInfo}.
     *
     * @throws StartFailed if init threw; the process has ended by then, without terminate
     * @throws StartIgnored if init threw {@link Server#ignore()}; the process has ended {@code normal}
     */
    public static Pid start(Server<?> server, Object arg) throws InterruptedException {
        return start(server, arg, false);
    }

    /**
     * Starts {@code server} in a new process linked to the caller, which becomes its parent:
     * while the server traps exits, the caller's exit signal makes it run
     * {@link Server#terminate} and end. Returns once init has returned.
     *
     * @throws StartFailed if init threw; the link then also brings the caller its exit signal
     * @throws StartIgnored if init threw {@link Server#ignore()}; the link brings a {@code normal} signal
     */
    public static Pid startLink(Server<?> server, Object arg) throws InterruptedException {
        return start(server, arg, true);
    }

    /**
     * {@link #startLink(Server, Object)}, with the server registered as {@code name} before its
     * init runs: callers find it with {@link #call(String, Object)}, and so find the next one
     * after a supervisor restarts it.
     *
     * @throws StartFailed with {@code {already_started, pid}} if a running process holds the
     *     name, as OTP answers: the new server ends {@code normal} before its init, so the
     *     link kills no one (a caller that traps exits finds its {@code normal} Exit); or
     *     with init's failure, as above
     */
    public static Pid startLink(Server<?> server, Object arg, String name) throws InterruptedException {
        return start(server, arg, true, java.util.Objects.requireNonNull(name, "the name is null: pass the name to register"));
    }

    private static Pid start(Server<?> server, Object arg, boolean link) throws InterruptedException {
        return start(server, arg, link, null);
    }

    private static Pid start(Server<?> server, Object arg, boolean link, String name) throws InterruptedException {
        var loop = new ServerLoop<>(server, arg, Proc.self(), link, name);
        Pid pid = link ? Proc.spawnLink(loop) : Proc.spawn(loop);
        Ref watch = Proc.monitor(pid);
        var answer = Proc.receive(Object.class, m -> m instanceof InitAck ack && ack.server().equals(pid)
                || m instanceof Down down && down.ref().equals(watch), INFINITY).orElseThrow();
        switch (answer) {
            case Started _ -> Proc.demonitor(watch, true);
            case InitAck refused -> {
                Proc.awaitDown(watch, INFINITY); // it has ended when start fails
                throw refused instanceof InitFailed(Pid _, ExitReason reason) ? new StartFailed(reason) : new StartIgnored();
            }
            case Down down -> throw new StartFailed(down.reason());
            default -> throw new AssertionError(answer);
        }
        return pid;
    }

    /** {@link #call(Pid, Object, Duration)} with the {@linkplain #DEFAULT_TIMEOUT default timeout}. */
    public static Object call(Pid server, Object request) throws InterruptedException {
        return call(server, request, DEFAULT_TIMEOUT);
    }

    /**
     * Sends {@code request} to {@code server} and waits at most {@code timeout} for its
     * {@link Server#handleCall} to answer; returns the answer.
     *
     * @throws CallExit with {@code noproc} at once if the server has ended, with the server's
     *     reason if it ends before answering, with {@code timeout} if no answer comes in time
     *     (the server goes on running; its late answer is dropped)
     */
    public static Object call(Pid server, Object request, Duration timeout) throws InterruptedException {
        // region kata 3.2: The reply to this call and no other; a server that is gone or ends first makes the caller exit with its reason; afterwards nothing of the call is left (no monitor, alias or stray message).
        // tag::server-call[]
        if (server.equals(Proc.self())) {
            throw new CallExit(CallExit.CALLING_SELF, "call", server, request, timeout);
        }
        Ref watch = Proc.monitor(server);
        Ref tag = Proc.alias();
        Proc.send(server, new CallRequest(new From(Proc.self(), tag), request));
        var answer = Proc.receive(Object.class, m -> m instanceof CallReply reply && reply.tag().equals(tag)
                || m instanceof Down down && down.ref().equals(watch), timeout);
        if (answer.isEmpty()) {
            return timedOut(server, request, timeout, watch, tag);
        }
        Proc.unalias(tag);
        Proc.demonitor(watch, true);
        return switch (answer.get()) {
            case CallReply(Ref _, Object value) -> value;
            case Down down -> throw new CallExit(down.reason(), "call", server, request, timeout);
            default -> throw new AssertionError("the receive only takes a reply or a DOWN: " + answer.get());
        };
        // end::server-call[]
        // endregion
    }

    /**
     * Ends a call whose wait for {@code tag}'s reply ran out: no later reply may reach the
     * caller, and no DOWN of {@code watch} may be left in its mailbox. Returns a reply that
     * landed before the alias went, as OTP does; otherwise the call exits with timeout.
     */
    private static Object timedOut(Pid server, Object request, Duration timeout, Ref watch, Ref tag)
            throws InterruptedException {
        // region kata 3.3: When the timeout runs out, a reply that has already landed is still the answer; with none, exit with timeout, and no later reply can reach the caller.
        // tag::server-call-timeout[]
        Proc.unalias(tag);
        Proc.demonitor(watch, true);
        return Proc.receive(CallReply.class, reply -> reply.tag().equals(tag), Duration.ZERO)
                .map(CallReply::value)
                .orElseThrow(() -> new CallExit(CallExit.TIMEOUT, "call", server, request, timeout));
        // end::server-call-timeout[]
        // endregion
    }

    /**
     * {@link #call(Pid, Object, Duration)} to the server registered as {@code name}.
     *
     * @throws CallExit with {@code noproc} at once if no process has that name, as OTP's
     *     {@code {noproc, {GenServer, call, [name, request, 5000]}}}
     */
    public static Object call(String name, Object request, Duration timeout) throws InterruptedException {
        var server = Proc.whereis(name);
        if (server.isEmpty()) {
            throw new CallExit(ExitReason.NOPROC, "call", name, request, timeout);
        }
        return call(server.get(), request, timeout);
    }

    /** {@link #call(String, Object, Duration)} with the {@linkplain #DEFAULT_TIMEOUT default timeout}. */
    public static Object call(String name, Object request) throws InterruptedException {
        return call(name, request, DEFAULT_TIMEOUT);
    }

    /** Casts {@code request} to the server registered as {@code name}; dropped without error if there is none, as in OTP. */
    public static void cast(String name, Object request) {
        Proc.whereis(name).ifPresent(server -> cast(server, request));
    }

    /**
     * Sends {@code request} to {@code server}'s {@link Server#handleCast} and returns at once.
     * Nothing tells the caller whether it arrived: a cast to a server that has ended is dropped
     * without error.
     */
    public static void cast(Pid server, Object request) {
        Proc.send(server, new CastRequest(request));
    }

    /**
     * Answers the call waiting at {@code from}: how a server that returned {@link Server.NoReply}
     * from handleCall replies later, from its own process or any other. Dropped without error
     * if the call has given up (timed out) or the caller has ended.
     */
    public static void reply(From from, Object value) {
        Proc.send(from.tag(), new CallReply(from.tag(), value));
    }

    /** Stops {@code server} with {@code normal} and waits as long as it takes: {@link #stop(Pid, ExitReason, Duration)}. */
    public static void stop(Pid server) throws InterruptedException {
        stop(server, ExitReason.NORMAL, INFINITY);
    }

    /**
     * Asks {@code server} to run {@link Server#terminate} with {@code reason} and end with
     * it, and waits until it has ended. The request is a message, not a signal: the server
     * needs not trap exits.
     *
     * @throws CallExit with {@code noproc} if the server had ended, with {@code timeout} if it
     *     has not ended within {@code timeout}, with the other reason if it ended with another,
     *     or with {@code calling_self} if a server tries to stop itself this way
     */
    public static void stop(Pid server, ExitReason reason, Duration timeout) throws InterruptedException {
        if (server.equals(Proc.self())) {
            throw new CallExit(CallExit.CALLING_SELF, "stop", server, reason, timeout);
        }
        Ref watch = Proc.monitor(server);
        Proc.send(server, new StopRequest(reason));
        var down = Proc.awaitDown(watch, timeout);
        if (down.isEmpty()) {
            Proc.demonitor(watch, true);
            throw new CallExit(CallExit.TIMEOUT, "stop", server, reason, timeout);
        }
        if (!down.get().reason().equals(reason)) {
            throw new CallExit(down.get().reason(), "stop", server, reason, timeout);
        }
    }

    /** A timeout as Erlang prints it: milliseconds, or {@code infinity}. */
    static String toString(Duration timeout) {
        return timeout.equals(INFINITY) ? "infinity" : Long.toString(timeout.toMillis());
    }
}
