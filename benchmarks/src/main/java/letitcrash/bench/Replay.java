package letitcrash.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import letitcrash.process.Node;
import letitcrash.process.Pid;
import letitcrash.server.GenServer;
import letitcrash.store.EventJournal;
import letitcrash.store.FileStore;
import letitcrash.store.JournalFiles;
import letitcrash.supervisor.Flags;
import letitcrash.supervisor.Strategy;
import letitcrash.supervisor.Supervisor;
import letitcrash.wallet.JournaledWallet;
import letitcrash.wallet.Wallet;

/**
 * The replay: a journal holding one wallet's {@code events} deposits of 1.00, made once by
 * {@link #prepare}, then started again and again by {@link #measure}. The wallet starts
 * twice per round on the same journal: once with an empty snapshot store, so it replays
 * every event, and once with the store that holds its last snapshot, a few hundred events
 * before the end.
 *
 * <p>Most events are written straight into the file, in the journal's own format
 * ({@link JournalFiles}): through the journal, one call each, a million appends took 23 s of
 * a loaded 2-core machine even with a thousand appenders sharing each force, and the replay
 * only reads them. The last few hundred go through the wallet itself, one acknowledged append
 * at a time, on a journal started on that file, so the wallet stores its own snapshot. Every
 * start is checked: a balance other than {@code events} × 1.00 stops the run.
 */
final class Replay {

    /** A snapshot every 750 events: for a round number of events, the last is 250 before the end. */
    static final int EVERY = 750;
    private static final String EVENT = "Deposited 1.00";

    private Replay() {}

    /**
     * The journal made once: where it is, where the snapshots are (and an empty folder where
     * none are), how many events it holds, how many were written straight into the file, and
     * the last snapshot's event.
     */
    record Prepared(Path journal, Path snapshots, Path noSnapshots, int events, int written, long snapshotSeq) {}

    /** What one round measured, in milliseconds. */
    record Times(double journalStart, double read, double replayAll, double replayFromSnapshot) {}

    static Prepared prepare(Path folder, int events) throws Exception {
        var journal = folder.resolve("wallets.journal");
        var snapshots = folder.resolve("snapshots");
        int tail = Math.min(events, events % EVERY + 50); // through the wallet, and past its last snapshot
        int direct = events - tail;
        JournalFiles.write(journal, "wallet", EVENT, direct);
        try (var node = Node.start()) {
            return node.run(() -> {
                Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(EventJournal.spec("journal", journal)));
                var wallet = GenServer.start(wallet(FileStore.in(snapshots)), null);
                for (int i = 0; i < tail; i++) {
                    GenServer.call(wallet, new Wallet.Deposit("1.00"));
                }
                check(wallet, events);
                GenServer.stop(wallet);
                String snapshot = FileStore.in(snapshots).open("wallet.snapshot").read()
                        .orElseThrow(() -> new IllegalStateException("the wallet stored no snapshot in " + snapshots));
                return new Prepared(journal, snapshots, folder.resolve("no-snapshots"), events, direct,
                        Long.parseLong(snapshot.split(" ")[0]));
            });
        }
    }

    /** Starts the journal on the prepared file, reads the stream, and starts the wallet twice. */
    static Times measure(Prepared prepared) throws Exception {
        try (var node = Node.start()) {
            return node.run(() -> {
                System.gc();
                long start = System.nanoTime();
                Supervisor.start(Flags.of(Strategy.ONE_FOR_ONE), List.of(EventJournal.spec("journal", prepared.journal())));
                double journalStart = millisSince(start);
                System.gc();
                start = System.nanoTime();
                int read = EventJournal.read("journal", "wallet", 0).size();
                double readMillis = millisSince(start);
                if (read != prepared.events()) {
                    throw new IllegalStateException("the journal gave back " + read + " events, not " + prepared.events());
                }
                System.gc();
                double all = started(FileStore.in(prepared.noSnapshots()), prepared.events());
                System.gc();
                double fromSnapshot = started(FileStore.in(prepared.snapshots()), prepared.events());
                return new Times(journalStart, readMillis, all, fromSnapshot);
            });
        }
    }

    /** Milliseconds until a wallet on {@code snapshots} has started, checked and stopped after. */
    private static double started(FileStore snapshots, int events) throws Exception {
        long start = System.nanoTime();
        var wallet = GenServer.start(wallet(snapshots), null);
        double millis = millisSince(start);
        check(wallet, events);
        GenServer.stop(wallet);
        return millis;
    }

    private static JournaledWallet wallet(FileStore snapshots) {
        return new JournaledWallet("wallet", "journal", snapshots, EVERY, UnaryOperator.identity());
    }

    private static void check(Pid wallet, int events) throws InterruptedException {
        var balance = Wallet.balance(wallet);
        if (balance.compareTo(BigDecimal.valueOf(events)) != 0) {
            throw new IllegalStateException("the wallet's balance is " + balance + " after " + events + " deposits of 1.00");
        }
    }

    private static double millisSince(long start) {
        return (System.nanoTime() - start) / 1e6;
    }
}
