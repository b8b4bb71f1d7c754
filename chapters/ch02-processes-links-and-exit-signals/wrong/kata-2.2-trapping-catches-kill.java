// effect(): asks about trapping first, so a trapping process catches kill as a message.
if (trapping) {
    return SignalEffect.TRAPPED;
}
if (!fromLink && reason instanceof ExitReason.Kill) {
    return SignalEffect.KILLED;
}
if (reason instanceof ExitReason.Normal && !toSelf) {
    return SignalEffect.IGNORED;
}
return SignalEffect.FATAL;
