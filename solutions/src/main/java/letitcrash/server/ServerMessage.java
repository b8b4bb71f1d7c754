package letitcrash.server;

import letitcrash.process.ExitReason;
import letitcrash.process.Pid;
import letitcrash.process.Ref;

/**
 * What {@link GenServer} sends to and from a server's process, printed the way OTP's own
 * messages look so that a trace reads like Erlang's: {@code {call, from, request}} is
 * {@code {'$gen_call', From, Request}}.
 */
sealed interface ServerMessage {

    /** A call waiting in {@link GenServer#call}. */
    record CallRequest(From from, Object request) implements ServerMessage {
        @Override
        public String toString() {
            return "{call, " + from + ", " + request + "}";
        }
    }

    /** A cast: nobody waits for it. */
    record CastRequest(Object request) implements ServerMessage {
        @Override
        public String toString() {
            return "{cast, " + request + "}";
        }
    }

    /** The answer to the call tagged {@code tag}, sent through that alias: {@code {Tag, Reply}}. */
    record CallReply(Ref tag, Object value) implements ServerMessage {
        @Override
        public String toString() {
            return "{" + tag + ", " + value + "}";
        }
    }

    /** {@link GenServer#stop}: OTP's system message {@code {system, From, {terminate, Reason}}}. */
    record StopRequest(ExitReason reason) implements ServerMessage {
        @Override
        public String toString() {
            return "{system, {terminate, " + reason + "}}";
        }
    }

    /** From a new server to the process starting it, once init has returned or failed: OTP's {@code {ack, Pid, Return}}. */
    sealed interface InitAck extends ServerMessage {
        Pid server();
    }

    record Started(Pid server) implements InitAck {
        @Override
        public String toString() {
            return "{ack, " + server + ", ok}";
        }
    }

    record InitIgnored(Pid server) implements InitAck {
        @Override
        public String toString() {
            return "{ack, " + server + ", ignore}";
        }
    }

    record InitFailed(Pid server, ExitReason reason) implements InitAck {
        @Override
        public String toString() {
            return "{ack, " + server + ", {error, " + reason + "}}";
        }
    }
}
