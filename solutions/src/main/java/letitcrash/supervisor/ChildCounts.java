package letitcrash.supervisor;

/**
 * What {@link Supervisor#countChildren} answers: OTP's {@code %{specs, active, supervisors, workers}}.
 *
 * @param specs every child spec the supervisor keeps
 * @param active the children running now
 * @param supervisors the specs of type supervisor
 * @param workers the specs of type worker
 */
public record ChildCounts(int specs, int active, int supervisors, int workers) {
    @Override
    public String toString() {
        return "%{specs: " + specs + ", active: " + active + ", supervisors: " + supervisors + ", workers: " + workers + "}";
    }
}
