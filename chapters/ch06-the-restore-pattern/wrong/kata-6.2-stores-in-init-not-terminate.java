// terminate(): stores nothing, as if storing the state once in init, on the way in, were enough.
// the state was stored in init; nothing to do on the way out
