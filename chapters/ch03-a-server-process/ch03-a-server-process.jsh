// Chapter 3, "A server process": prints the same lines on every run, then the shell is yours.
//   jshell --class-path solutions/target/classes chapters/ch03-a-server-process/ch03-a-server-process.jsh
// tag::server-start[]
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import letitcrash.process.*;
import letitcrash.server.*;
import letitcrash.server.Server.*;
var node = Node.start();
// end::server-start[]

// tag::server-counter[]
class Counter implements Server<Integer> {
    public Integer init(Object start) { return (Integer) start; }
    public CallResult<Integer> handleCall(Object request, From from, Integer count) {
        return new Reply<>(count, count); // any call: "get"
    }
    public CastResult<Integer> handleCast(Object request, Integer count) {
        return new NoReply<>(count + 1); // any cast: "inc"
    }
    public CastResult<Integer> handleInfo(Object message, Integer count) {
        System.out.println("handleInfo(" + message + ", " + count + ")");
        return new NoReply<>(count);
    }
    public void terminate(ExitReason reason, Integer count) {
        System.out.println("terminate(" + reason + ", " + count + ")");
    }
}
// end::server-counter[]

// tag::server-call-cast[]
var counter = node.run(() -> GenServer.start(new Counter(), 10));
node.run(() -> {
    GenServer.cast(counter, "inc");
    GenServer.cast(counter, "inc");
    Proc.send(counter, "hello");                     // neither a call nor a cast: an info
    return GenServer.call(counter, "get", Duration.ofSeconds(1));
});
// end::server-call-cast[]

// tag::server-slow[]
class Slow implements Server<List<From>> {           // keeps "slow" calls waiting
    public List<From> init(Object arg) { return new ArrayList<>(); }
    public CallResult<List<From>> handleCall(Object request, From from, List<From> waiting) {
        if (request.equals("slow")) {
            waiting.add(from);
            return new NoReply<>(waiting);           // no reply yet
        }
        waiting.forEach(call -> GenServer.reply(call, "late")); // "release": answer them now
        return new Reply<>("released", new ArrayList<>());
    }
}
// end::server-slow[]

// tag::server-timeout[]
System.out.println(node.run(() -> {
    Pid slow = GenServer.start(new Slow(), null);
    String seen;
    try {
        seen = "got " + GenServer.call(slow, "slow", Duration.ofMillis(100));
    } catch (CallExit gaveUp) {
        seen = "the call exits: " + gaveUp.reason();
    }
    seen += "\nthen " + GenServer.call(slow, "release"); // the late reply has been sent
    return seen + "\nthe caller's mailbox: " + node.messages(Proc.self());
}));
// end::server-timeout[]

// tag::server-stop[]
node.run(() -> { GenServer.stop(counter); return "stopped"; });
System.out.println(node.run(() -> {
    long before = System.nanoTime();
    try {
        return GenServer.call(counter, "get");       // waits up to 5 s: if only the server lived
    } catch (CallExit noproc) {
        boolean atOnce = System.nanoTime() - before < 1_000_000_000L;
        return noproc.reason() + (atOnce ? ", at once" : ", after a wait");
    }
}));
// end::server-stop[]

// tag::server-close[]
node.close(); // to play on: node = Node.start();
// end::server-close[]
