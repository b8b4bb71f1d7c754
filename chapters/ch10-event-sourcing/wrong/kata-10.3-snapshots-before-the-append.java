// recorded(): applies the event and stores the snapshot first, then appends, so a failed append leaves a snapshot holding an event the journal never got.
var state = replayed.state().apply(event);
long seq = replayed.seq() + 1;
if (seq % every == 0) {
    replayed.snapshot().write(seq + " " + replayed.end() + " " + state.balance().toPlainString());
}
var entry = EventJournal.append(journal, name, encode(event));
return new Replayed(state, entry.seq(), entry.end(), replayed.snapshot());
