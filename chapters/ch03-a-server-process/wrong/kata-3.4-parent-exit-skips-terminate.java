// onExit(): ends the server on its parent's exit without running terminate.
if (exit.from().equals(parent)) {
    throw new ProcessExit(exit.reason());
}
return onCast(invoke(() -> server.handleInfo(exit, state), state));
