// restartGroup(): a child that cannot start inside a group restart is passed over and left down, with no try-again. (caught by kata 5.3)
// Only kata 5.3's tests can show it: the try-again is 5.3's code, so kata 4.2's tests, which run
// with it still to do, can make no start fail inside a restart.
for (var child : group.reversed()) {
    state.children().stop(child);
}
for (var child : group) {
    if (state.children().contains(child)) {
        try {
            state.children().start(child);
        } catch (StartError notYet) {
            // it stays down; the others come up
        }
    }
}
return new NoReply<>(state);
