// restartsAfter(): a transient child is spared only after normal, so one that ended with shutdown is restarted. (caught by kata 4.2)
return switch (this) {
    case PERMANENT -> true;
    case TRANSIENT -> reason != ExitReason.NORMAL;
    case TEMPORARY -> false;
};
