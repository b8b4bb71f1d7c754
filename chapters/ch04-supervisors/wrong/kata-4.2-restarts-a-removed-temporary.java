// restartGroup(): starts every child of the group again, so a temporary child that the stop just forgot runs again, unsupervised. (caught by kata 4.3)
for (var child : group.reversed()) {
    state.children().stop(child);
}
for (var child : group) {
    try {
        state.children().start(child);
    } catch (StartError notYet) {
        return tryAgainLater(child, state);
    }
}
return new NoReply<>(state);
