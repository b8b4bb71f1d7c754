// restartGroup(): stops the group in start order instead of reverse start order. (caught by kata 4.3)
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
