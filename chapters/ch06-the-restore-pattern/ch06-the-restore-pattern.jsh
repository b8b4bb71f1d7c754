// Chapter 6, "The restore pattern": prints the same lines on every run, then the shell is yours.
//   jshell --class-path solutions/target/classes chapters/ch06-the-restore-pattern/ch06-the-restore-pattern.jsh
// tag::restore-start[]
import java.time.Duration;
import java.util.List;
import letitcrash.process.*;
import letitcrash.restore.*;
import letitcrash.server.*;
import letitcrash.supervisor.*;
import letitcrash.time.ManualClock;
import letitcrash.wallet.Wallet;
var clock = new ManualClock();                       // time moves only when we say
var node = Node.start(clock);
var backups = node.run(() -> Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(Backup.spec())));
var wallets = node.run(() -> Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE),
        List.of(new RestoredWallet("wallet").spec())));
// end::restore-start[]

// tag::restore-works[]
node.run(() -> {
    Wallet.deposit(Proc.whereis("wallet").orElseThrow(), "10.00");
    var before = Wallet.balance(Proc.whereis("wallet").orElseThrow());
    var old = Proc.whereis("wallet").orElseThrow();
    var watch = Proc.monitor(old);
    GenServer.cast(old, new Wallet.Deposit("ten"));        // not a number: the wallet crashes
    Proc.receive(Down.class, d -> d.ref().equals(watch), GenServer.INFINITY);
    Supervisor.countChildren(wallets);                      // answered once it has restarted the wallet
    return before + " before the crash, " + Wallet.balance(Proc.whereis("wallet").orElseThrow()) + " after";
});
// end::restore-works[]

// tag::restore-poison[]
clock.advance(Duration.ofSeconds(10));                  // the crash above leaves the 5 s window
System.out.println(node.run(() -> {
    GenServer.cast("wallet", new Wallet.Deposit("0.001"));  // the poison goes in without complaint
    var seen = new StringBuilder();
    for (int call = 1; call <= 4; call++) {
        try {
            seen.append(GenServer.call("wallet", new Wallet.Balance()));
        } catch (CallExit crashed) {
            seen.append("call ").append(call).append(": ").append(crashed.reason().toString().replaceAll("^\\{(.*), \\{GenServer.*$", "$1")).append('\n');
        }
        try {
            Supervisor.countChildren(wallets);                   // answered once it has restarted the wallet
        } catch (CallExit gaveUp) {
            return seen + "the supervisor gave up";
        }
    }
    return seen.toString();
}));
node.run(() -> Backup.fetch("wallet"));                 // still there: the poison
// end::restore-poison[]

// tag::try-it[]
System.out.print("""
    Things to try: the node is still running. Predict each answer, then type the line.

      jshell> node.isAlive(wallets)
      jshell> wallets = node.run(() -> Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(new RestoredWallet("wallet").spec())));
        A new supervisor, a new wallet: does a restart by hand clear the poison?
      jshell> node.run(() -> { try { return GenServer.call("wallet", new Wallet.Balance()); } catch (CallExit e) { return e.reason(); } })
      jshell> node.run(() -> { Proc.exit(Proc.whereis(Backup.NAME).orElseThrow(), ExitReason.KILL); return "killed"; })
      jshell> node.run(() -> Backup.fetch("wallet"))
        The backup's supervisor restarts it. What does the new backup hold for the wallet?
      jshell> node.trace().lines().stream().filter(line -> line.startsWith("backup")).forEach(System.out::println)
    """);
// end::try-it[]
