// givesUpUpTo(): rounds up to the nanosecond, where an interval that always gives up must round down.
return Duration.ofNanos(Math.ceilDiv(flags.maxSeconds() * NANOS_PER_SECOND, flags.maxRestarts()));
