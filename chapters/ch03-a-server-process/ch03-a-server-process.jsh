// Chapter 3, "A server process": prints the same lines on every run, then the shell is yours.
//   jshell --class-path solutions/target/classes chapters/ch03-a-server-process/ch03-a-server-process.jsh
// tag::server-start[]
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import letitcrash.process.*;
import letitcrash.server.*;
import letitcrash.server.Server.*;
import letitcrash.wallet.*;
var node = Node.start();
var shell = Shell.on(node); // the shell's own process (chapter 1)
Object attempt(Callable<?> call) throws Exception { // the answer, or why the call exited
    try { return shell.run(call); } catch (CallExit exit) { return exit.why(); }
}
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
Pid counter = shell.run(() -> GenServer.start(new Counter(), 10));
shell.run(() -> {
    GenServer.cast(counter, "inc");
    GenServer.cast(counter, "inc");
    Proc.send(counter, "hello");                     // neither a call nor a cast: an info
    return GenServer.call(counter, "get", Duration.ofSeconds(1)); // answered after all three
})
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
shell.exec(() -> GenServer.stop(counter));
attempt(() -> GenServer.call(counter, "get"))        // the default timeout is 5 s: no wait
// end::server-stop[]

// tag::wallet-use[]
Pid wallet = shell.run(() -> GenServer.start(new Wallet(), "10.00"));
shell.exec(() -> Wallet.deposit(wallet, "2.50"));  // a cast: nobody waits
shell.run(() -> Wallet.withdraw(wallet, "5"))
shell.run(() -> Wallet.withdraw(wallet, "100"))
// end::wallet-use[]

// tag::wallet-poison[]
shell.exec(() -> Wallet.deposit(wallet, "0.001")); // a fraction of a cent: nobody checks
attempt(() -> Wallet.balance(wallet))
// end::wallet-poison[]

// tag::try-it[]
System.out.print("""
    Things to try: the node is still running. Predict each answer, then type the line.

      jshell> Pid w = shell.run(() -> GenServer.start(new Wallet(), "20"));
      jshell> shell.exec(() -> Wallet.deposit(w, "12,50"))
        A comma instead of a point: is the cast refused, or does the wallet crash?
      jshell> node.isAlive(w)
      jshell> attempt(() -> Wallet.balance(w))
        And where did the 20 go? How long does a call to an ended server wait?
      jshell> Pid c = shell.run(() -> GenServer.start(new Counter(), 0));
      jshell> node.exit(c, ExitReason.KILL)
        Counter's terminate prints a line. Does it print one now?
      jshell> Pid slow = shell.run(() -> GenServer.start(new Slow(), null));
      jshell> attempt(() -> GenServer.call(slow, "slow", Duration.ofSeconds(1)))
        Slow never answers a "slow" call by itself. What does the caller get, and when?
      jshell> attempt(() -> GenServer.call(slow, "release"))
      jshell> shell.flush()
        The late reply to the call that gave up: is it waiting in the shell's mailbox?
    """);
// end::try-it[]
