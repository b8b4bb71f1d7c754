// restartsAfter(): restarts a temporary child after a crash, as if temporary meant transient.
return switch (this) {
    case PERMANENT -> true;
    case TRANSIENT, TEMPORARY -> !reason.isClean();
};
