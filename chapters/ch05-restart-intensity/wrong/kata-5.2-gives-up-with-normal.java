// restart(): gives up with normal, so a parent sees a clean end and a transient parent child is not restarted.
Proc.record(new GaveUp(Proc.self(), failed.id()));
state.children().remove(failed);
return new Stop<>(ExitReason.NORMAL, state);
