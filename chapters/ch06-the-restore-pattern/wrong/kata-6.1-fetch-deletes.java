// handleCall(): a fetch takes the state out of the map, so a second fetch of the same key finds nothing.
return switch (request) {
    case Store(String key, Object state) -> {
        saved.put(key, state);
        Proc.record(new BackupEvent.Stored(key, state));
        yield new Reply<>("ok", saved);
    }
    case Fetch(String key) -> {
        Object kept = saved.remove(key);
        Proc.record(new BackupEvent.Fetched(key, kept));
        yield new Reply<>(kept, saved);
    }
    default -> throw new IllegalArgumentException("the backup stores and fetches, nothing else: " + request);
};
