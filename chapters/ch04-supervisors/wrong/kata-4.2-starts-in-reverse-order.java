// restartGroup(): starts the group again in the reverse order it stopped it, last child first.
for (var child : group.reversed()) {
    state.children().stop(child);
}
for (var child : group.reversed()) {
    if (state.children().contains(child)) {
        try {
            state.children().start(child);
        } catch (StartError notYet) {
            return tryAgainLater(child, state);
        }
    }
}
return new NoReply<>(state);
