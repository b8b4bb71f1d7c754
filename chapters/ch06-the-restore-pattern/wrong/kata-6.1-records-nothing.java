// handleCall(): keeps and answers as it should but records no Stored and no Fetched, so the trace never shows what the backup holds.
return switch (request) {
    case Store(String key, Object state) -> {
        saved.put(key, state);
        yield new Reply<>("ok", saved);
    }
    case Fetch(String key) -> new Reply<>(saved.get(key), saved);
    default -> throw new IllegalArgumentException("the backup stores and fetches, nothing else: " + request);
};
