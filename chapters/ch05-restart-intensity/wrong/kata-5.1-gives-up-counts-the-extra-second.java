// givesUpUpTo(): answers (maxSeconds + 1) / maxRestarts, the for-ever edge, where only some loops give up: wrong by one second of window.
return Duration.ofNanos(Math.floorDiv((flags.maxSeconds() + 1) * NANOS_PER_SECOND, flags.maxRestarts()));
