// restart(): stops the other children itself, in start order, before it ends, where OTP stops them in reverse start order.
Proc.record(new GaveUp(Proc.self(), failed.id()));
for (var child : state.children().all()) {
    state.children().stop(child);
}
return new Stop<>(ExitReason.SHUTDOWN, state);
