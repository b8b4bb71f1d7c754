// restartsAfter(): treats permanent like transient, so a permanent child that ended cleanly stays down.
return switch (this) {
    case PERMANENT, TRANSIENT -> !reason.isClean();
    case TEMPORARY -> false;
};
