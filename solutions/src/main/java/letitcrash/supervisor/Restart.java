package letitcrash.supervisor;

import letitcrash.process.ExitReason;

/**
 * When a supervisor starts a child again after it ended: OTP's restart types.
 *
 * <table>
 * <caption>Restart type by exit reason</caption>
 * <tr><th></th><th>normal, shutdown, {shutdown, _}</th><th>any other (a crash)</th></tr>
 * <tr><td>permanent</td><td>restarted</td><td>restarted</td></tr>
 * <tr><td>transient</td><td>not restarted, spec kept</td><td>restarted</td></tr>
 * <tr><td>temporary</td><td>not restarted, spec removed</td><td>not restarted, spec removed</td></tr>
 * </table>
 */
public enum Restart {
    /** Always started again: a server that must always be there. The default. */
    PERMANENT,
    /** Started again only after a crash; a clean end is its job done. */
    TRANSIENT,
    /** Never started again, and forgotten once it ends: a one-off job. */
    TEMPORARY;

    /** Whether a child of this type that ended with {@code reason} is started again (and so counted). */
    boolean restartsAfter(ExitReason reason) {
        // region kata 4.1: Say whether a child of this restart type comes back after it ended with this reason, as OTP's restart types decide.
        // tag::restart-decision[]
        return switch (this) {
            case PERMANENT -> true;
            case TRANSIENT -> !reason.isClean();
            case TEMPORARY -> false;
        };
        // end::restart-decision[]
        // endregion
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
