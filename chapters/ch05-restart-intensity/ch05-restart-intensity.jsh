// Chapter 5, "Restart intensity": prints the same lines on every run, then the shell is yours.
//   jshell --class-path solutions/target/classes chapters/ch05-restart-intensity/ch05-restart-intensity.jsh
// tag::int-start[]
import java.time.Duration;
import java.util.List;
import letitcrash.process.*;
import letitcrash.server.*;
import letitcrash.supervisor.*;
import letitcrash.time.ManualClock;
import letitcrash.wallet.Wallet;
var clock = new ManualClock();                                 // time moves only when we say
var node = Node.start(clock);
// end::int-start[]

// tag::int-wallet[]
Pid walletUnder(Flags flags) throws Exception {               // a new supervisor, chapter 3's wallet
    return node.run(() -> Supervisor.start(flags, List.of(
            ChildSpec.worker("wallet", () -> GenServer.startLink(new Wallet(), null, "wallet")))));
}
List<String> crash(Pid supervisor) throws Exception {         // what the supervisor did about it
    return node.run(() -> {
        int from = node.trace().events().size();
        var child = Proc.whereis("wallet").orElseThrow();
        var watch = Proc.monitor(child);
        GenServer.cast(child, new Wallet.Deposit("-1"));       // not above zero: the wallet crashes
        Proc.receive(Down.class, down -> down.ref().equals(watch), GenServer.INFINITY);
        try {                                                  // until it has dealt with the crash
            while (Supervisor.whichChildren(supervisor).stream()
                    .anyMatch(c -> c.pid().equals(java.util.Optional.of(child)))) { }
        } catch (CallExit gaveUp) { }
        return node.trace().events().stream().skip(from).filter(SupervisorEvent.class::isInstance)
                .map(TraceEvent::line).toList();
    });
}
// end::int-wallet[]

// tag::int-defaults[]
Flags.of(Strategy.ONE_FOR_ONE);                                // Elixir's Supervisor
Flags.erlang(Strategy.ONE_FOR_ONE);                            // Erlang's supervisor
// end::int-defaults[]

// tag::int-every-second[]
var sup = walletUnder(Flags.of(Strategy.ONE_FOR_ONE));
for (int second = 0; node.isAlive(sup); second++) {
    if (second > 0) clock.advance(Duration.ofSeconds(1));
    System.out.println("at " + second + " s:");
    crash(sup).forEach(line -> System.out.println("  " + line));
}
// end::int-every-second[]

// tag::int-every-five[]
var patient = walletUnder(Flags.of(Strategy.ONE_FOR_ONE));
int restarts = 0;
for (int crashes = 0; crashes < 720; crashes++) {             // an hour, one crash every 5 s
    clock.advance(Duration.ofSeconds(5));
    restarts += (int) crash(patient).stream().filter(line -> line.contains(" restarts ")).count();
}
restarts;
node.isAlive(patient);
// end::int-every-five[]

// tag::try-it[]
System.out.print("""
    Things to try: the node is still running. Predict each answer, then type the line.

      jshell> node.run(() -> { Supervisor.stop(patient); return "stopped"; })
      jshell> var everyTwo = walletUnder(Flags.of(Strategy.ONE_FOR_ONE));
      jshell> for (int i = 0; i < 10; i++) { clock.advance(Duration.ofSeconds(2)); crash(everyTwo).forEach(System.out::println); }
        Three restarts in 5 s, and a crash every 2 s: does it ever give up?
      jshell> node.isAlive(everyTwo)
      jshell> node.run(() -> { Supervisor.stop(everyTwo); return "stopped"; })
      jshell> var strict = walletUnder(Flags.erlang(Strategy.ONE_FOR_ONE));
      jshell> clock.advance(Duration.ofSeconds(5)); crash(strict)
      jshell> clock.advance(Duration.ofSeconds(5)); crash(strict)
        Erlang's default allows 1 restart in 5 s. Does a crash every 5 s stay under it?
      jshell> node.isAlive(strict)
    """);
// end::try-it[]
