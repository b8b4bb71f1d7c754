// group(): rest_for_one takes only the children after the failed one, so the failed child is never started again.
return switch (this) {
    case ONE_FOR_ONE -> List.of(failed);
    case ONE_FOR_ALL -> List.copyOf(children);
    case REST_FOR_ONE -> List.copyOf(children.subList(children.indexOf(failed) + 1, children.size()));
};
