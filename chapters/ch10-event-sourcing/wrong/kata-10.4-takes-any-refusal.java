// anOldPoisonIsNeverReplayed(): accepts a refusal to start without looking at what it says, and never asks a wallet that started.
EventJournal.append(journal, stream, "Deposited 10.00");
EventJournal.append(journal, stream, "Deposited 0.001");
try {
    GenServer.start(wallet, null);
} catch (StartFailed refused) {
    return;
}
