// stop(): monitors the child but stays linked to it, so its end still sends the supervisor an exit signal, left in the mailbox as a stale Exit.
Ref watch = Proc.monitor(child);
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
