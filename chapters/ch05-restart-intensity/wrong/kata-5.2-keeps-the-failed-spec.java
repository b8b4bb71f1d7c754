// restart(): gives up but keeps the failed child's spec, so terminate stops a child that is already gone.
Proc.record(new GaveUp(Proc.self(), failed.id()));
return new Stop<>(ExitReason.SHUTDOWN, state);
