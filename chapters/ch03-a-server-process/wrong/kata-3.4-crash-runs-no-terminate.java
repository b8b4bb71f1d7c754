// crashed(): runs nothing when a callback throws, as if terminate were only for stops.
Proc.checkAlive();
