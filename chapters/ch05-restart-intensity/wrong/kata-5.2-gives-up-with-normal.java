// restart(): gives up with normal, so a parent sees an end as clean as a planned stop.
Proc.record(new GaveUp(Proc.self(), failed.id()));
return new Stop<>(ExitReason.NORMAL, state);
