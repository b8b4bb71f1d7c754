package letitcrash.server;

import letitcrash.process.ExitReason;
import letitcrash.process.ProcessExit;

/**
 * The callbacks of a server: what Elixir writes as a module that does {@code use GenServer}.
 * {@link GenServer} runs them in one process, one message at a time, and passes each the
 * state the previous one returned, so the state is never shared and never locked.
 *
 * <p>Every callback runs in the server's process and may throw. An exception from
 * {@link #handleCall}, {@link #handleCast} or {@link #handleInfo} ends the server: first
 * {@link #terminate} runs with the reason {@code crash(exception)}, then the process ends with
 * that reason, whether it traps exits or not. An exception from {@link #init} ends it
 * without {@code terminate}, and {@link GenServer#start} fails with the reason.
 *
 * @param <S> the state
 */
public interface Server<S> {

    /** What {@link #handleCall} tells the loop: reply now, reply later, or stop. */
    sealed interface CallResult<S> {}

    /** What {@link #handleCast} and {@link #handleInfo} tell the loop: go on, or stop. Nobody waits for a reply. */
    sealed interface CastResult<S> {}

    /** Reply {@code value} to the caller and go on with {@code state}: {@code {:reply, value, state}}. */
    record Reply<S>(Object value, S state) implements CallResult<S> {}

    /**
     * Go on with {@code state}: {@code {:noreply, state}}. From a call, the caller goes on
     * waiting; the server answers later with {@link GenServer#reply}.
     */
    record NoReply<S>(S state) implements CallResult<S>, CastResult<S> {}

    /** Run {@link #terminate} with {@code reason}, then end with it: {@code {:stop, reason, state}}. */
    record Stop<S>(ExitReason reason, S state) implements CallResult<S>, CastResult<S> {}

    /**
     * Run {@link #terminate} with {@code reason}, reply {@code value} to the caller, then end
     * with {@code reason}: {@code {:stop, reason, value, state}}. The reply is sent even if
     * terminate throws, as in OTP.
     */
    record ReplyAndStop<S>(ExitReason reason, Object value, S state) implements CallResult<S> {}

    /**
     * Makes the first state from {@code arg}, in the new process, before {@link GenServer#start}
     * returns. A server that wants exit signals as messages calls {@code Proc.trapExits(true)}
     * here. To refuse to start, throw: {@code throw Proc.exit(reason)} makes {@code start}
     * fail with {@code reason}, any other exception with {@code crash(exception)}, and
     * {@code throw Server.ignore()} declines quietly, as OTP's {@code :ignore}.
     */
    S init(Object arg) throws Exception;

    /**
     * What {@link #init} throws to decline to start without failing: OTP's {@code :ignore}.
     * The server's process ends with {@code normal}, without {@link #terminate}, and
     * {@link GenServer#start} throws {@link StartIgnored}. Meant for init only.
     */
    static ProcessExit ignore() {
        return new ServerLoop.Ignore();
    }

    /**
     * Answers the request {@code request} from {@code from}, a caller blocked in
     * {@link GenServer#call}. The default crashes the server, as Elixir's does: a server
     * that is called must say how it answers.
     */
    default CallResult<S> handleCall(Object request, From from, S state) throws Exception {
        throw new UnsupportedOperationException(
                getClass().getSimpleName() + " was called with " + request + " but does not override handleCall");
    }

    /** Handles {@code request}, sent with {@link GenServer#cast}. The default crashes the server, as Elixir's does. */
    default CastResult<S> handleCast(Object request, S state) throws Exception {
        throw new UnsupportedOperationException(
                getClass().getSimpleName() + " was sent " + request + " but does not override handleCast");
    }

    /**
     * Handles any other message: a plain send, a {@code Down}, and an {@code Exit} from any
     * process but the parent when the server traps exits. The default ignores it.
     */
    default CastResult<S> handleInfo(Object message, S state) throws Exception {
        return new NoReply<>(state);
    }

    /**
     * Runs as the server ends: after a callback threw or returned a stop, after
     * {@link GenServer#stop}, and when its parent's exit signal arrives while it traps exits.
     * It does NOT run when the server is killed, when a signal ends a server that does not
     * trap exits, when {@link #init} fails, when it is cut off by its parent's shutdown
     * timeout, or when the JVM halts: state kept only for {@code terminate} to save is lost
     * in every one of those cases. The default does nothing.
     */
    default void terminate(ExitReason reason, S state) throws Exception {}
}
