// restartGroup(): stops the group in start order instead of reverse start order. (caught by kata 4.3)
// Only kata 4.3's tests can show it. Kata 4.2's tests run with 4.3's stop still to do, so no
// restart in them may stop a running child; and a child that is down is stopped by doing
// nothing, in either order. Which child goes down first needs two of them running.
for (var child : group) {
    state.children().stop(child);
}
for (var child : group) {
    if (state.children().contains(child)) {
        try {
            state.children().start(child);
        } catch (StartError notYet) {
            return tryAgainLater(child, state);
        }
    }
}
return new NoReply<>(state);
