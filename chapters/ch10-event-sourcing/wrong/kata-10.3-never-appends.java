// recorded(): applies the event and snapshots now and then, but never appends it, so everything since the last snapshot is lost on a kill.
var after = new Replayed(replayed.state().apply(event), replayed.seq() + 1, replayed.end(), replayed.snapshot());
if (after.seq() % every == 0) {
    after.snapshot().write(after.seq() + " " + after.end() + " " + after.state().balance().toPlainString());
}
return after;
