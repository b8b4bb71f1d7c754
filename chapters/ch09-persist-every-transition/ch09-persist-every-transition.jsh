// Chapter 9, "Persist every transition": prints the same lines on every run, then the shell is yours.
//   jshell --class-path solutions/target/classes chapters/ch09-persist-every-transition/ch09-persist-every-transition.jsh
// tag::stored-start[]
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import letitcrash.process.*;
import letitcrash.server.*;
import letitcrash.store.*;
import letitcrash.supervisor.*;
import letitcrash.wallet.*;
var folder = Path.of("target", "ch09-wallets");       // the store's folder, emptied on every run:
if (Files.exists(folder)) try (var old = Files.walk(folder)) { old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
var store = FileStore.in(folder);
var node = Node.start();
var tree = node.run(() -> Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE),
        List.of(new StoredWallet(() -> "wallet", store).spec())));   // the book's plain wallet, stored
// end::stored-start[]

// tag::stored-kill[]
node.run(() -> {
    Wallet.deposit(Proc.whereis("wallet").orElseThrow(), "10.00");
    return Wallet.balance(Proc.whereis("wallet").orElseThrow());
})
Files.readString(folder.resolve("wallet.state"))      // on the disk: a header, then the state
node.run(() -> {
    var wallet = Proc.whereis("wallet").orElseThrow();
    var watch = Proc.monitor(wallet);
    Proc.exit(wallet, ExitReason.KILL);                 // no terminate runs
    Proc.awaitDown(watch, GenServer.INFINITY);
    Supervisor.countChildren(tree);                    // answered once the restart is done
    return Wallet.balance(Proc.whereis("wallet").orElseThrow());
})
// end::stored-kill[]

// tag::stored-new-node[]
node.close();                                         // every process gone, as with the JVM
var node = Node.start();                              // a new node: a new JVM would start the same way
var tree = node.run(() -> Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE),
        List.of(new StoredWallet(() -> "wallet", store).spec())));
node.run(() -> Wallet.balance(Proc.whereis("wallet").orElseThrow()))
// end::stored-new-node[]

// tag::stored-poison[]
node.run(() -> {
    Wallet.deposit(Proc.whereis("wallet").orElseThrow(), "0.001");   // chapter 3's poison, a cast
    try {
        return Wallet.balance(Proc.whereis("wallet").orElseThrow());
    } catch (CallExit crashed) {
        return "crashed";
    }
})
Files.readString(folder.resolve("wallet.state"))      // the poison is on the disk now
node.run(() -> {
    Supervisor.countChildren(tree);
    try {
        return Wallet.balance(Proc.whereis("wallet").orElseThrow());
    } catch (CallExit crashed) {
        return "crashed again: the restart read the poison back";
    }
})
// end::stored-poison[]

// tag::try-it[]
System.out.print("""
    Things to try: the new node is still running, with the poisoned wallet.
    Predict each answer, then type the line.

      jshell> Files.list(folder).toList()
      jshell> node.run(() -> Supervisor.whichChildren(tree))
        How many more restarts before the supervisor gives up? (chapter 5)
      jshell> Files.writeString(folder.resolve("wallet.state"), "10.00")
      jshell> node.run(() -> { try { return FileStore.in(folder).open("wallet").read(); } catch (StoreFailed e) { return e.getMessage(); } })
        The file has no header now: what does the store say, and what does it leave?
      jshell> node.run(() -> GenServer.start(new StoredWallet(CheckedWallet.of("checked", "tasks"), store), null))
        Deposit 0.001 into that wallet: what is on the disk after it?
    """);
// end::try-it[]
