// stop(): monitors and unlinks the child but does not drop the exit message it may have sent already, so a child that ended before its stop leaves a stale Exit in the supervisor's mailbox.
Ref watch = Proc.monitor(child);
Proc.unlink(child);
return switch (shutdown) {
    case Shutdown.BrutalKill _ -> kill(child, watch);
    case Shutdown.Infinity _ -> {
        Proc.exit(child, ExitReason.SHUTDOWN);
        yield down(watch, FOREVER).orElseThrow();
    }
    case Shutdown.Timeout(Duration time) -> {
        Proc.exit(child, ExitReason.SHUTDOWN);
        var ended = down(watch, time);
        yield ended.isPresent() ? ended.get() : kill(child, watch);
    }
};
