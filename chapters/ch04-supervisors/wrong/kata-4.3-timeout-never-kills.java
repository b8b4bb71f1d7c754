// stop(): after the timeout runs out it just waits on for the Down instead of killing the child.
Ref watch = Proc.monitor(child);
Proc.unlink(child);
Proc.receive(Exit.class, exit -> exit.from().equals(child), Duration.ZERO);
return switch (shutdown) {
    case Shutdown.BrutalKill _ -> kill(child, watch);
    case Shutdown.Infinity _, Shutdown.Timeout _ -> {
        Proc.exit(child, ExitReason.SHUTDOWN);
        yield down(watch, FOREVER).orElseThrow();
    }
};
