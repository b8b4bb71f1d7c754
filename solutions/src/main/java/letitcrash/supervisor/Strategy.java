package letitcrash.supervisor;

import java.util.List;

/**
 * Which children a supervisor restarts when one of them ends: OTP's strategies. Children
 * a, b, c were started in that order and b crashes: one_for_one restarts b; one_for_all
 * stops c then a, and starts a, b, c; rest_for_one stops c, and starts b, c.
 */
public enum Strategy {
    ONE_FOR_ONE,
    ONE_FOR_ALL,
    REST_FOR_ONE;

    /**
     * The children that go down and come back with {@code failed}, in start order, {@code failed}
     * among them. {@code children} is every child, in start order.
     */
    <C> List<C> group(List<C> children, C failed) {
        // region kata 4.2: The children this strategy takes down and brings back with the failed one, the failed one among them, in start order.
        // tag::strategy-group[]
        return switch (this) {
            case ONE_FOR_ONE -> List.of(failed);
            case ONE_FOR_ALL -> List.copyOf(children);
            case REST_FOR_ONE -> List.copyOf(children.subList(children.indexOf(failed), children.size()));
        };
        // end::strategy-group[]
        // endregion
    }

    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
