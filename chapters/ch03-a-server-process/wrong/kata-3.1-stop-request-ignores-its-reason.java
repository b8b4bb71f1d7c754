// handle(): stops on a stop request with normal, whatever reason the request carried.
return switch (message) {
    case CallRequest call -> onCall(call.from(), invoke(() -> server.handleCall(call.request(), call.from(), state), state));
    case CastRequest cast -> onCast(invoke(() -> server.handleCast(cast.request(), state), state));
    case StopRequest(ExitReason reason) -> throw stop(ExitReason.NORMAL, state);
    case Exit exit -> onExit(exit, parent, state);
    default -> onCast(invoke(() -> server.handleInfo(message, state), state));
};
