// effect(): ignores every normal signal, even one a process sends to itself.
if (!fromLink && reason instanceof ExitReason.Kill) {
    return SignalEffect.KILLED;
}
if (trapping) {
    return SignalEffect.TRAPPED;
}
if (reason instanceof ExitReason.Normal) {
    return SignalEffect.IGNORED;
}
return SignalEffect.FATAL;
