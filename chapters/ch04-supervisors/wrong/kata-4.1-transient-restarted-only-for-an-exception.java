// restartsAfter(): restarts a transient child only when its code threw, so one that was killed, or ended with a reason of its own, stays down.
return switch (this) {
    case PERMANENT -> true;
    case TRANSIENT -> reason instanceof ExitReason.Crash;
    case TEMPORARY -> false;
};
