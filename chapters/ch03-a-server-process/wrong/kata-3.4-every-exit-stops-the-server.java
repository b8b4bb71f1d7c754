// onExit(): stops the server on any trapped exit, not only its parent's.
throw stop(exit.reason(), state);
