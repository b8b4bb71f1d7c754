// restartsAfter(): treats permanent like transient, so a permanent child that ended cleanly stays down. (caught by kata 4.2)
return switch (this) {
    case PERMANENT, TRANSIENT -> !reason.isClean();
    case TEMPORARY -> false;
};
