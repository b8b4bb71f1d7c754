// terminate(): stores only when the reason is a crash, so a shutdown by the supervisor loses the balance.
if (reason instanceof ExitReason.Crash) {
    Backup.store(name, state);
}
