// restartsForEverFrom(): answers maxSeconds / maxRestarts, as if the window were exactly maxSeconds long: one second short of the inclusive window in whole seconds.
return Duration.ofNanos(Math.ceilDiv(flags.maxSeconds() * NANOS_PER_SECOND, flags.maxRestarts()));
