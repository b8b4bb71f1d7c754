// restart(): gives up with a made-up crash reason instead of shutdown.
Proc.record(new GaveUp(Proc.self(), failed.id()));
return new Stop<>(new ExitReason.Crash(new IllegalStateException("reached_max_restart_intensity")), state);
