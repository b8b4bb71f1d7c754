// Chapter 10, "Event sourcing": prints the same lines on every run, then the shell is yours.
//   jshell --class-path solutions/target/classes chapters/ch10-event-sourcing/ch10-event-sourcing.jsh
// tag::journal-start[]
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import letitcrash.process.*;
import letitcrash.server.*;
import letitcrash.store.*;
import letitcrash.supervisor.*;
import letitcrash.wallet.*;
var folder = Path.of("target", "ch10-journal");       // emptied on every run:
if (Files.exists(folder)) try (var old = Files.walk(folder)) { old.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete()); }
var file = folder.resolve("wallets.journal");
var node = Node.start();
var tree = node.run(() -> Supervisor.start(Flags.of(Strategy.REST_FOR_ONE), List.of(
        EventJournal.spec("journal", file),
        JournaledWallet.of("wallet", "journal", FileStore.in(folder)).spec())));
// end::journal-start[]

// tag::journal-events[]
node.run(() -> {
    var wallet = Proc.whereis("wallet").orElseThrow();
    Wallet.deposit(wallet, "10.00");
    Wallet.deposit(wallet, "0.001");                    // refused at the edge: never an event
    Wallet.withdraw(wallet, "4.00");
    return EventJournal.read("journal", "wallet", 0);
})
// end::journal-events[]

// tag::journal-torn[]
node.close();                                         // as if the JVM had died in the middle of an append:
try (var channel = FileChannel.open(file, StandardOpenOption.WRITE)) { channel.truncate(channel.size() - 5); }
var node = Node.start();
var tree = node.run(() -> Supervisor.start(Flags.of(Strategy.REST_FOR_ONE), List.of(
        EventJournal.spec("journal", file),
        JournaledWallet.of("wallet", "journal", FileStore.in(folder)).spec())));
node.trace().lines().stream().filter(line -> line.startsWith("journal")).toList()
node.run(() -> Wallet.balance(Proc.whereis("wallet").orElseThrow()))   // the withdrawal was torn: never acknowledged
// end::journal-torn[]

// tag::journal-old-poison[]
node.run(() -> EventJournal.append("journal", "old-wallet", "Deposited 0.001"))   // as a version before the edge wrote it
node.run(() -> {
    try {
        return GenServer.start(JournaledWallet.of("old-wallet", "journal", FileStore.in(folder)), null);
    } catch (StartFailed refused) {
        return refused.getCause().getMessage();
    }
})
// end::journal-old-poison[]

// tag::try-it[]
System.out.print("""
    Things to try: the node is still running, with the journal and the wallet.
    Predict each answer, then type the line.

      jshell> node.run(() -> EventJournal.read("journal", "old-wallet", 0))
      jshell> UnaryOperator<String> repair = event -> event.equals("Deposited 0.001") ? "Deposited 0.01" : event
      jshell> node.run(() -> GenServer.start(new JournaledWallet("old-wallet", "journal", FileStore.in(folder), 100, repair), null))
        An upcaster: who decided that the old 0.001 is worth a cent?
      jshell> Files.size(file)
      jshell> try (var c = FileChannel.open(file, StandardOpenOption.WRITE)) { c.write(java.nio.ByteBuffer.wrap(new byte[] {7}), 40); }
        Now stop the node and start it again, as above: what does the journal say this time?
    """);
// end::try-it[]
