// restartGroup(): starts every child of the group again, so a temporary child that the stop just forgot runs again, unsupervised. (caught by kata 4.3)
// Only kata 4.3's tests can show it. Kata 4.2's tests run with 4.3's stop still to do, so no
// restart in them may stop a running child; and a temporary child is never down and kept (one
// that ends is forgotten at once), so the only temporary child a group restart can forget is a
// running one, which it must stop first.
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
