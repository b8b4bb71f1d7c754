// payInATask(): converts in the wallet's own process and catches what it throws, so a hang of the exchange hangs the wallet, and its caller's call times out.
try {
    return paid(convert(pay), state);
} catch (Exception failed) {
    return notPaid(pay, "the conversion failed: " + failed, state);
}
