// stop(): waits for the child's Exit through the link instead of a monitor's Down, so a child that unlinked itself hangs its supervisor.
return switch (shutdown) {
    case Shutdown.BrutalKill _ -> {
        Proc.exit(child, ExitReason.KILL);
        yield Proc.receive(Exit.class, exit -> exit.from().equals(child), FOREVER).orElseThrow().reason();
    }
    case Shutdown.Infinity _ -> {
        Proc.exit(child, ExitReason.SHUTDOWN);
        yield Proc.receive(Exit.class, exit -> exit.from().equals(child), FOREVER).orElseThrow().reason();
    }
    case Shutdown.Timeout(Duration time) -> {
        Proc.exit(child, ExitReason.SHUTDOWN);
        var ended = Proc.receive(Exit.class, exit -> exit.from().equals(child), time);
        if (ended.isPresent()) {
            yield ended.get().reason();
        }
        Proc.exit(child, ExitReason.KILL);
        yield Proc.receive(Exit.class, exit -> exit.from().equals(child), FOREVER).orElseThrow().reason();
    }
};
