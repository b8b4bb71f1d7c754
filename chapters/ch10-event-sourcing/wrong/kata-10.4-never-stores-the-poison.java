// anOldPoisonIsNeverReplayed(): appends only the good event, so the replay it checks has no poison to trust.
EventJournal.append(journal, stream, "Deposited 10.00");
Pid started;
try {
    started = GenServer.start(wallet, null);
} catch (StartFailed refused) {
    return;
}
try {
    Wallet.balance(started);
} catch (CallExit crashed) {
    throw new AssertionError("the wallet crashes when asked its balance", crashed);
}
