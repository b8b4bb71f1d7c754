// recorded(): stores the snapshot with the offset before the event instead of after it, so a start replays that event a second time.
var entry = EventJournal.append(journal, name, encode(event));
var after = new Replayed(replayed.state().apply(event), entry.seq(), entry.end(), replayed.snapshot());
if (entry.seq() % every == 0) {
    after.snapshot().write(entry.seq() + " " + replayed.end() + " " + after.state().balance().toPlainString());
}
return after;
