// crashed(): runs terminate without asking whether a kill has already ended the server.
terminate(reasonOf(failure), state);
