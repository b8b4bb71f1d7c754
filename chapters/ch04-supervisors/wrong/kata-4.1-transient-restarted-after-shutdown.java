// restartsAfter(): a transient child is spared only after normal, so one that ended with shutdown is restarted.
return switch (this) {
    case PERMANENT -> true;
    case TRANSIENT -> reason != ExitReason.NORMAL;
    case TEMPORARY -> false;
};
