package letitcrash.server;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import letitcrash.process.Exit;
import letitcrash.process.ExitReason;
import letitcrash.process.Pid;
import letitcrash.process.Proc;
import letitcrash.process.ProcessBody;
import letitcrash.process.ProcessExit;
import letitcrash.server.ServerMessage.CallRequest;
import letitcrash.server.ServerMessage.CastRequest;
import letitcrash.server.ServerMessage.InitFailed;
import letitcrash.server.ServerMessage.InitIgnored;
import letitcrash.server.ServerMessage.Started;
import letitcrash.server.ServerMessage.StopRequest;

/**
 * The body of a server's process: init, then one message at a time to the callback that
 * handles it, each returning the next state; OTP's {@code gen_server} loop.
 *
 * <p>When terminate runs. Only on the paths that end the server on purpose: a callback
 * threw or returned a stop, a {@link StopRequest}, or an {@code Exit} from the parent
 * (which is a message only while the server traps exits). Never from a {@code finally}:
 * a server ended by a signal (a kill, or any fatal signal when it does not trap exits)
 * has already ended when its code notices, and must run nothing more. Every runtime
 * operation already refuses to run in an ended process; terminate is the one piece of the
 * server's own code the loop runs on its way out, so the loop asks
 * {@link Proc#checkAlive()} before it (which throws the end the node recorded, if any).
 *
 * <p>The parent is the process that started the server with {@code startLink}. A server
 * started with {@code start} is its own parent, as in OTP, so every trapped exit of
 * another process reaches {@link Server#handleInfo}.
 */
final class ServerLoop<S> implements ProcessBody {

    private final Server<S> server;
    private final Object arg;
    private final Pid starter;
    private final boolean linked;
    /** The name to register before init, or null. */
    private final String name;

    ServerLoop(Server<S> server, Object arg, Pid starter, boolean linked, String name) {
        this.server = server;
        this.arg = arg;
        this.starter = starter;
        this.linked = linked;
        this.name = name;
    }

    @Override
    public void run() throws Exception {
        Pid parent = linked ? Proc.parent() : Proc.self();
        var holder = name == null ? Optional.<Pid>empty() : register(name);
        if (holder.isPresent()) {
            // OTP's gen:init_it: {error, {already_started, Pid}}, and the new process ends normal, so the link kills no one.
            Proc.send(starter, new InitFailed(Proc.self(), new ExitReason.AlreadyStarted(holder.get())));
            return;
        }
        S state;
        try {
            state = server.init(arg);
        } catch (Throwable failure) {
            Proc.send(starter, failure instanceof Ignore
                    ? new InitIgnored(Proc.self()) : new InitFailed(Proc.self(), reasonOf(failure)));
            throw failure;
        }
        Proc.send(starter, new Started(Proc.self()));
        while (true) {
            state = handle(Proc.receive(), parent, state);
        }
    }

    /**
     * Registers the calling server as {@code name}; returns the running process that holds
     * the name instead, if one does. A holder that ends between the refusal and the look
     * (OTP would answer {@code {already_started, undefined}}) frees the name for another try.
     */
    private static Optional<Pid> register(String name) {
        while (true) {
            try {
                Proc.register(name, Proc.self());
                return Optional.empty();
            } catch (IllegalArgumentException taken) {
                var holder = Proc.whereis(name);
                if (holder.isPresent()) {
                    return holder;
                }
            }
        }
    }

    /** Handles one message; returns the next state, or throws the server's end. */
    private S handle(Object message, Pid parent, S state) throws Exception {
        // TODO(kata 3.1): Each message to the callback for its kind (call, cast or info); a stop request stops the server with its own reason, terminate first; a trapped Exit goes to onExit.
        throw new letitcrash.KataNotDone("kata 3.1 is not done yet (book: chapter 3, Kata 3.1)");
    }

    /** Carries out what handleCall returned: reply or not, then go on with the next state, or stop. */
    private S onCall(From from, Server.CallResult<S> result) throws Exception {
        // TODO(kata 3.1): What handleCall answered: reply and go on, go on without a reply, or stop; the caller of a ReplyAndStop gets its reply only after terminate has run.
        throw new letitcrash.KataNotDone("kata 3.1 is not done yet (book: chapter 3, Kata 3.1)");
    }

    /** Carries out what handleCast or handleInfo returned: go on with the next state, or stop. */
    private S onCast(Server.CastResult<S> result) throws Exception {
        // TODO(kata 3.1): What the callback answered: go on with its state, or stop with its reason, terminate first.
        throw new letitcrash.KataNotDone("kata 3.1 is not done yet (book: chapter 3, Kata 3.1)");
    }

    /**
     * An exit signal the server trapped. Only the parent's ends the server on purpose, with
     * terminate; any other is an info like any message.
     */
    private S onExit(Exit exit, Pid parent, S state) throws Exception {
        // TODO(kata 3.4): From the parent, stop with its reason (terminate runs); from anyone else, pass it to handleInfo.
        throw new letitcrash.KataNotDone("kata 3.4 is not done yet (book: chapter 3, Kata 3.4)");
    }

    /**
     * Runs a callback. If it throws while the server is still running, terminate runs with
     * {@code crash(exception)} (or the reason of a {@link ProcessExit}), then the exception
     * ends the process with that same reason.
     */
    private <R> R invoke(Callable<R> callback, S state) throws Exception {
        R result;
        try {
            result = Objects.requireNonNull(callback.call(), "a callback returned null instead of a result");
        } catch (Throwable failure) {
            crashed(failure, state);
            throw failure;
        }
        return result;
    }

    /**
     * A callback threw {@code failure}: runs the server's terminate with the reason the
     * process will end with, unless the node has already ended the server. Then the caller
     * rethrows it.
     */
    private void crashed(Throwable failure, S state) throws Exception {
        // TODO(kata 3.4): A crashed callback runs terminate with the reason the server ends with; a server the node has already ended (a kill interrupted its callback) runs nothing more.
        throw new letitcrash.KataNotDone("kata 3.4 is not done yet (book: chapter 3, Kata 3.4)");
    }

    /** Runs terminate with {@code reason}; returns the exit that then ends the process with it. */
    private ProcessExit stop(ExitReason reason, S state) throws Exception {
        terminate(reason, state);
        return new ProcessExit(reason);
    }

    /** Runs the server's terminate, unless the node has ended the server meanwhile (a kill, say). */
    private void terminate(ExitReason reason, S state) throws Exception {
        Proc.checkAlive();
        server.terminate(reason, state);
    }

    /** What {@link Server#ignore()} throws: the server ends {@code normal}, and start reports {@link StartIgnored}. */
    static final class Ignore extends ProcessExit {
        Ignore() {
            super(ExitReason.NORMAL);
        }
    }

    /** The reason the node will give a process that ends by throwing {@code failure}. */
    private static ExitReason reasonOf(Throwable failure) {
        return failure instanceof ProcessExit exit ? exit.reason() : ExitReason.crash(failure);
    }
}
