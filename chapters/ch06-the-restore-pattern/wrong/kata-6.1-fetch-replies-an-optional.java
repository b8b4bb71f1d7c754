// handleCall(): fetch replies an Optional, which fetch() wraps again, so a key never stored looks stored.
return switch (request) {
    case Store(String key, Object state) -> {
        saved.put(key, state);
        Proc.record(new BackupEvent.Stored(key, state));
        yield new Reply<>("ok", saved);
    }
    case Fetch(String key) -> {
        Proc.record(new BackupEvent.Fetched(key, saved.get(key)));
        yield new Reply<>(Optional.ofNullable(saved.get(key)), saved);
    }
    default -> throw new IllegalArgumentException("the backup stores and fetches, nothing else: " + request);
};
