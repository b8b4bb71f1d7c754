// stop(): brutal_kill sends shutdown like the others, so a child that traps exits runs its terminate.
Ref watch = Proc.monitor(child);
Proc.unlink(child);
Proc.receive(Exit.class, exit -> exit.from().equals(child), Duration.ZERO);
Proc.exit(child, ExitReason.SHUTDOWN);
return switch (shutdown) {
    case Shutdown.BrutalKill _, Shutdown.Infinity _ -> down(watch, FOREVER).orElseThrow();
    case Shutdown.Timeout(Duration time) -> {
        var ended = down(watch, time);
        yield ended.isPresent() ? ended.get() : kill(child, watch);
    }
};
