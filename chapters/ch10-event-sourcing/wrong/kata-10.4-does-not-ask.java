// anOldPoisonIsNeverReplayed(): takes a wallet that started for a healthy one, without asking it anything.
EventJournal.append(journal, stream, "Deposited 10.00");
EventJournal.append(journal, stream, "Deposited 0.001");
try {
    GenServer.start(wallet, null);
} catch (StartFailed refused) {
    if (!String.valueOf(refused.getMessage()).contains("0.001")) {
        throw new AssertionError("the wallet did not start, and did not say which event stopped it: " + refused.getMessage());
    }
}
