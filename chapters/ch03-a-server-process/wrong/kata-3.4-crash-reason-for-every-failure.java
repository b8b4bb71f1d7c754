// crashed(): runs terminate with crash(failure) even when the callback exited with a reason of its own.
Proc.checkAlive();
terminate(ExitReason.crash(failure), state);
