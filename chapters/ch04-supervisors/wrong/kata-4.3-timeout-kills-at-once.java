// stop(): with a timeout it kills the child at once, never giving it the time to run its terminate.
Ref watch = Proc.monitor(child);
Proc.unlink(child);
Proc.receive(Exit.class, exit -> exit.from().equals(child), Duration.ZERO);
return switch (shutdown) {
    case Shutdown.BrutalKill _, Shutdown.Timeout _ -> kill(child, watch);
    case Shutdown.Infinity _ -> {
        Proc.exit(child, ExitReason.SHUTDOWN);
        yield down(watch, FOREVER).orElseThrow();
    }
};
