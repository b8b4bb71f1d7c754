// handleCall(): a store clears the map first, as if the backup kept one state, so other keys are lost.
return switch (request) {
    case Store(String key, Object state) -> {
        saved.clear();
        saved.put(key, state);
        Proc.record(new BackupEvent.Stored(key, state));
        yield new Reply<>("ok", saved);
    }
    case Fetch(String key) -> {
        Proc.record(new BackupEvent.Fetched(key, saved.get(key)));
        yield new Reply<>(saved.get(key), saved);
    }
    default -> throw new IllegalArgumentException("the backup stores and fetches, nothing else: " + request);
};
