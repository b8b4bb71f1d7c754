package letitcrash.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import letitcrash.process.ExitReason;
import letitcrash.process.Pid;
import letitcrash.process.Proc;

/**
 * The server the call tests talk to: a count, the calls it keeps waiting, and an observer
 * (the test's process) that hears when terminate runs. Its init argument is the observer,
 * or what init should fail with.
 */
final class Counter implements Server<Counter.State> {

    /** The requests it understands, printed as Erlang atoms. */
    enum Op {
        GET, INC, CRASH, SLOW, RELEASE, ASK_A_HELPER, LAST;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    record State(Pid observer, int count, List<From> waiting) {
        State withCount(int newCount) {
            return new State(observer, newCount, waiting);
        }

        State withWaiting(List<From> calls) {
            return new State(observer, count, List.copyOf(calls));
        }
    }

    /** What terminate tells the observer. */
    record Terminated(ExitReason reason) {
        @Override
        public String toString() {
            return "{terminated, " + reason + "}";
        }
    }

    @Override
    public State init(Object arg) {
        return switch (arg) {
            case Pid observer -> new State(observer, 0, List.of());
            case ExitReason reason -> throw Proc.exit(reason);
            case RuntimeException failure -> throw failure;
            default -> throw new IllegalArgumentException("not an observer: " + arg);
        };
    }

    @Override
    public CallResult<State> handleCall(Object request, From from, State state) {
        return switch (request) {
            case Op.GET -> new Reply<>(state.count(), state);
            case Op.CRASH -> throw new IllegalStateException("boom");
            case Op.SLOW -> {
                var waiting = new ArrayList<>(state.waiting());
                waiting.add(from);
                yield new NoReply<>(state.withWaiting(waiting));
            }
            case Op.RELEASE -> {
                state.waiting().forEach(call -> GenServer.reply(call, "late"));
                yield new Reply<>("released", state.withWaiting(List.of()));
            }
            case Op.ASK_A_HELPER -> {
                Proc.spawn(() -> GenServer.reply(from, "from a helper"));
                yield new NoReply<>(state);
            }
            case Op.LAST -> new ReplyAndStop<>(ExitReason.of("done"), state.count(), state);
            default -> throw new IllegalArgumentException("unknown call " + request);
        };
    }

    @Override
    public CastResult<State> handleCast(Object request, State state) {
        return switch (request) {
            case Op.INC -> new NoReply<>(state.withCount(state.count() + 1));
            default -> throw new IllegalArgumentException("unknown cast " + request);
        };
    }

    @Override
    public void terminate(ExitReason reason, State state) {
        Proc.send(state.observer(), new Terminated(reason));
    }
}
