// effect(): treats a kill that arrives through a link like exit(pid, kill), untrappable.
if (reason instanceof ExitReason.Kill) {
    return SignalEffect.KILLED;
}
if (trapping) {
    return SignalEffect.TRAPPED;
}
if (reason instanceof ExitReason.Normal && !toSelf) {
    return SignalEffect.IGNORED;
}
return SignalEffect.FATAL;
