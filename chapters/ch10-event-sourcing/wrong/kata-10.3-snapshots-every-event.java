// recorded(): stores a snapshot after every event, whatever every says: each deposit now costs a second write.
var entry = EventJournal.append(journal, name, encode(event));
var after = new Replayed(replayed.state().apply(event), entry.seq(), entry.end(), replayed.snapshot());
after.snapshot().write(entry.seq() + " " + entry.end() + " " + after.state().balance().toPlainString());
return after;
