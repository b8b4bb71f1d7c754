// group(): rest_for_one takes the children started before the failed one instead of after it.
return switch (this) {
    case ONE_FOR_ONE -> List.of(failed);
    case ONE_FOR_ALL -> List.copyOf(children);
    case REST_FOR_ONE -> List.copyOf(children.subList(0, children.indexOf(failed) + 1));
};
