// effect(): asks about trapping first, so a trapping process catches kill as a message.
if (trapping) {
    return Effect.TRAPPED;
}
if (!fromLink && reason instanceof ExitReason.Kill) {
    return Effect.KILLED;
}
if (reason instanceof ExitReason.Normal && !toSelf) {
    return Effect.IGNORED;
}
return Effect.FATAL;
