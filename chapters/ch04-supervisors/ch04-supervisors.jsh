// Chapter 4, "Supervisors": prints the same lines on every run, then the shell is yours.
//   jshell --class-path solutions/target/classes chapters/ch04-supervisors/ch04-supervisors.jsh
// tag::sup-start[]
import java.util.List;
import letitcrash.process.*;
import letitcrash.server.*;
import letitcrash.supervisor.*;
import letitcrash.wallet.Wallet;
var node = Node.start();
// end::sup-start[]

// tag::sup-wallet[]
ChildSpec wallet(String name) {                                // chapter 3's wallet, under a name
    return ChildSpec.worker(name, () -> GenServer.startLink(new Wallet(), null, name));
}
// end::sup-wallet[]

// tag::sup-crash-helper[]
void crash(Pid supervisor, String name) throws Exception {     // and print what the supervisor did
    node.run(() -> {
        int from = node.trace().events().size();
        var child = Proc.whereis(name).orElseThrow();
        var watch = Proc.monitor(child);
        GenServer.cast(child, new Wallet.Deposit("-1"));       // not above zero: the wallet crashes
        Proc.receive(Down.class, down -> down.ref().equals(watch), GenServer.INFINITY);
        while (Supervisor.whichChildren(supervisor).stream()   // until it has dealt with the crash
                .anyMatch(c -> c.pid().equals(java.util.Optional.of(child)))) { }
        node.trace().events().stream().skip(from).filter(SupervisorEvent.class::isInstance)
                .forEach(event -> System.out.println(event.line()));
        return null;
    });
}
// end::sup-crash-helper[]

// tag::sup-tree[]
var sup = node.run(() -> Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(wallet("wallet"))));
node.run(() -> Supervisor.whichChildren(sup));
node.run(() -> {
    GenServer.cast("wallet", new Wallet.Deposit("10.00"));     // our money, paid in by name
    return GenServer.call("wallet", new Wallet.Balance());
});
// end::sup-tree[]

// tag::sup-restart[]
crash(sup, "wallet");
node.run(() -> Supervisor.whichChildren(sup));
node.run(() -> GenServer.call("wallet", new Wallet.Balance())); // same name, new pid: our 10.00?
// end::sup-restart[]

// tag::sup-one-for-all[]
var trio = node.run(() -> Supervisor.start(Flags.of(Strategy.ONE_FOR_ALL), List.of(wallet("a"), wallet("b"), wallet("c"))));
crash(trio, "b");
// end::sup-one-for-all[]

// tag::sup-tools[]
node.run(() -> { Supervisor.terminateChild(sup, "wallet"); return Supervisor.countChildren(sup); });
node.run(() -> Supervisor.restartChild(sup, "wallet"));
node.run(() -> { Supervisor.stop(trio); return node.isAlive(trio); });
// end::sup-tools[]

// tag::try-it[]
System.out.print("""
    Things to try: the node is still running. Predict each answer, then type the line.

      jshell> node.run(() -> { GenServer.cast("wallet", new Wallet.Deposit("2.50")); return GenServer.call("wallet", new Wallet.Balance()); })
      jshell> crash(sup, "wallet")
      jshell> node.run(() -> GenServer.call("wallet", new Wallet.Balance()))
        The wallet held 2.50 before this crash. What does the new one hold?
      jshell> var rest = node.run(() -> Supervisor.start(Flags.of(Strategy.REST_FOR_ONE), List.of(wallet("x"), wallet("y"), wallet("z"))));
      jshell> crash(rest, "y")
        rest_for_one: which of x, y and z are stopped, and in what order?
      jshell> crash(rest, "z")
        And when the last one crashes?
      jshell> node.run(() -> { Supervisor.stop(rest); return Supervisor.whichChildren(sup); })
        Stopping one tree: does it touch the other?
    """);
// end::try-it[]
