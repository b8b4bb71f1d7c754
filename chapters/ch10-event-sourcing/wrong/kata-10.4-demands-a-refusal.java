// anOldPoisonIsNeverReplayed(): demands that the wallet refuse to start, so it blames one that repaired the event and runs well.
EventJournal.append(journal, stream, "Deposited 10.00");
EventJournal.append(journal, stream, "Deposited 0.001");
try {
    GenServer.start(wallet, null);
} catch (StartFailed refused) {
    return;
}
throw new AssertionError("the wallet started on a journal with an old poison in it");
