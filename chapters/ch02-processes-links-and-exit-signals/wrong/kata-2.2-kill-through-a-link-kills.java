// effect(): treats a kill that arrives through a link like exit(pid, kill), untrappable.
if (reason instanceof ExitReason.Kill) {
    return Effect.KILLED;
}
if (trapping) {
    return Effect.TRAPPED;
}
if (reason instanceof ExitReason.Normal && !toSelf) {
    return Effect.IGNORED;
}
return Effect.FATAL;
