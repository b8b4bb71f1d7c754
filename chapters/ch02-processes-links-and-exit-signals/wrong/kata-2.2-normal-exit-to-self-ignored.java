// effect(): ignores every normal signal, even one a process sends to itself.
if (!fromLink && reason instanceof ExitReason.Kill) {
    return Effect.KILLED;
}
if (trapping) {
    return Effect.TRAPPED;
}
if (reason instanceof ExitReason.Normal) {
    return Effect.IGNORED;
}
return Effect.FATAL;
